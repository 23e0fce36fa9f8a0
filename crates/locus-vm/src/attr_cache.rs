//! Caches for attribute loads, stores and method loads, one entry per name
//! of a code object (the sites of one name in one code object share it).
//!
//! The full attribute protocol (`vm/attr.rs`) looks the name up along the
//! class's MRO, checks for data descriptors, then probes the instance
//! dict. A cache entry remembers the outcome of that protocol for one class
//! so the next access is a pointer compare and an index:
//!
//! - **instance attribute** (`obj.x` found in the instance dict): the class
//!   and the entry position in the dict. Valid while the class has no data
//!   descriptor or `__getattribute__` for the name, which cannot change
//!   unless some class changes (the type epoch, `typeobj::epoch`); the
//!   position is checked by comparing the key stored there with the name
//!   (names are interned, so it is a pointer compare). Objects of one class
//!   built by the same `__init__` share their dict layout, so one entry
//!   serves them all.
//! - **module attribute** (`math.sqrt`): the position in the module dict,
//!   checked the same way.
//! - **method** (`obj.m()` resolving to a plain function on the class): the
//!   class and the function, valid for the epoch, as long as the instance
//!   dict does not shadow the name (checked on every hit).
//! - **attribute store** (`obj.x = v` where the dict already has `x`): the
//!   class and the position, valid for the epoch (no data descriptor and no
//!   `__setattr__` for the name).
//!
//! A class address is only compared together with the epoch: the epoch
//! changes whenever a class is created, so a new class that reuses a dead
//! one's address cannot match an old entry.

use crate::gil_rc::{GilRc, GilRefCell};
use crate::object::Payload;
use crate::value::{ObjRef, Value};

/// The `class` of an entry that caches a module attribute.
const MODULE: usize = 1;

/// One cached outcome (`class == 0`: empty).
#[derive(Default)]
struct Slot {
    class: usize,
    epoch: u64,
    index: u32,
    /// The method, for method entries.
    value: Value,
}

/// The attribute caches of one code object.
pub struct AttrCache {
    load: Box<[GilRefCell<Slot>]>,
    store: Box<[GilRefCell<Slot>]>,
    method: Box<[GilRefCell<Slot>]>,
}

fn slots(n: usize) -> Box<[GilRefCell<Slot>]> {
    (0..n).map(|_| GilRefCell::new(Slot::default())).collect()
}

fn class_id(cls: &ObjRef) -> usize {
    GilRc::as_ptr(cls) as usize
}

/// The value at entry `index` of the dict object `d` if its key is `name`.
#[inline]
fn value_at(d: &ObjRef, index: u32, name: &Value) -> Option<Value> {
    let Payload::Dict(cell) = &d.payload else {
        return None;
    };
    let table = cell.borrow();
    let e = table.entry_at(index as usize)?;
    e.key.is(name).then(|| e.value.clone())
}

/// The entry position of `name` in the dict object `d`.
pub fn index_of(d: &ObjRef, name: &Value) -> Option<u32> {
    let Payload::Dict(cell) = &d.payload else {
        return None;
    };
    let hash = name.as_obj().map(crate::vm::str_hash)?;
    match cell.borrow().find_fast(name, hash) {
        crate::dict::FastFind::Found(i) => u32::try_from(i).ok(),
        _ => None,
    }
}

/// Whether the dict object `d` has the str key `name`.
#[inline]
fn has_key(d: &ObjRef, name: &Value) -> bool {
    let Payload::Dict(cell) = &d.payload else {
        return false;
    };
    let table = cell.borrow();
    if table.is_empty() {
        return false;
    }
    let hash = name.as_obj().map_or(0, crate::vm::str_hash);
    !matches!(table.find_fast(name, hash), crate::dict::FastFind::Absent)
}

impl AttrCache {
    /// Empty caches for `n` names.
    pub fn new(n: usize) -> AttrCache {
        AttrCache {
            load: slots(n),
            store: slots(n),
            method: slots(n),
        }
    }

    /// `obj.name` (name number `i`) if a load entry answers it.
    #[inline]
    pub fn load(&self, i: usize, obj: &Value, name: &Value) -> Option<Value> {
        let Value::Obj(o) = obj else {
            return None;
        };
        let slot = self.load.get(i)?.borrow();
        if slot.class == MODULE {
            return match &o.payload {
                Payload::Module(m) => value_at(&m.namespace, slot.index, name),
                _ => None,
            };
        }
        let cls = o.class.as_ref()?;
        if class_id(cls) != slot.class || slot.epoch != crate::typeobj::epoch() {
            return None;
        }
        value_at(o.dict.get()?, slot.index, name)
    }

    /// Remembers that name `i` of instances of `cls` is at dict position `index`.
    pub fn fill_load_instance(&self, i: usize, cls: &ObjRef, index: u32) {
        self.fill(&self.load, i, class_id(cls), index, Value::Null);
    }

    /// Remembers that name `i` of a module is at namespace position `index`.
    pub fn fill_load_module(&self, i: usize, index: u32) {
        self.fill(&self.load, i, MODULE, index, Value::Null);
    }

    /// Stores `value` as `obj.name` if a store entry allows it; gives the
    /// value back otherwise.
    #[inline]
    pub fn store(&self, i: usize, obj: &Value, name: &Value, value: Value) -> Result<(), Value> {
        let Value::Obj(o) = obj else {
            return Err(value);
        };
        let Some((class, epoch, index)) = self
            .store
            .get(i)
            .map(|c| c.borrow())
            .map(|s| (s.class, s.epoch, s.index as usize))
        else {
            return Err(value);
        };
        let (Some(cls), Some(d)) = (o.class.as_ref(), o.dict.get()) else {
            return Err(value);
        };
        if class_id(cls) != class || epoch != crate::typeobj::epoch() {
            return Err(value);
        }
        let Payload::Dict(cell) = &d.payload else {
            return Err(value);
        };
        let mut table = cell.borrow_mut();
        if !table.entry_at(index).is_some_and(|e| e.key.is(name)) {
            return Err(value);
        }
        let old = table.set_value_at(index, value);
        drop(table);
        // The old value is dropped with no cell open.
        drop(old);
        Ok(())
    }

    /// Remembers that stores of name `i` into instances of `cls` go to dict position `index`.
    pub fn fill_store(&self, i: usize, cls: &ObjRef, index: u32) {
        self.fill(&self.store, i, class_id(cls), index, Value::Null);
    }

    /// The method `obj.name` resolves to, if a method entry answers it.
    #[inline]
    pub fn method(&self, i: usize, obj: &Value, name: &Value) -> Option<Value> {
        let slot = self.method.get(i)?.borrow();
        if class_id(crate::vm::class_of(obj)) != slot.class || slot.epoch != crate::typeobj::epoch()
        {
            return None;
        }
        if let Value::Obj(o) = obj {
            if o.dict.get().is_some_and(|d| has_key(d, name)) {
                return None;
            }
        }
        Some(slot.value.clone())
    }

    /// Remembers that name `i` on instances of `cls` is the plain method `func`.
    pub fn fill_method(&self, i: usize, cls: &ObjRef, func: Value) {
        self.fill(&self.method, i, class_id(cls), 0, func);
    }

    fn fill(&self, table: &[GilRefCell<Slot>], i: usize, class: usize, index: u32, value: Value) {
        if let Some(cell) = table.get(i) {
            let old = std::mem::replace(
                &mut *cell.borrow_mut(),
                Slot {
                    class,
                    epoch: crate::typeobj::epoch(),
                    index,
                    value,
                },
            );
            drop(old);
        }
    }
}
