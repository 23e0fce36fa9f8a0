//! Caches for attribute loads, stores and method loads, four entries per
//! name of a code object (the sites of one name in one code object share
//! them; several ways keep sites used with a few classes from thrashing).
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
//! - **attribute store** (`obj.x = v`): the class and the position of `x`
//!   in the dict, valid for the epoch (no data descriptor and no
//!   `__setattr__` for the name). When the dict does not have `x` yet and
//!   that position is the next free one, the store appends it: so the
//!   attributes `__init__` creates are cached too.
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
#[inline(always)]
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
#[inline(always)]
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

/// Entries per name, so that a site used with a few classes (a base class
/// method called on instances of its subclasses) keeps them all.
const WAYS: usize = 4;

/// The entry of way `w` of name `i` whose class is `class`, if any.
#[inline(always)]
fn find(table: &[GilRefCell<Slot>], i: usize, class: usize) -> Option<std::cell::Ref<'_, Slot>> {
    let epoch = crate::typeobj::epoch();
    for w in 0..WAYS {
        let slot = table.get(i * WAYS + w)?.borrow();
        if slot.class == class && (class == MODULE || slot.epoch == epoch) {
            return Some(slot);
        }
    }
    None
}

impl AttrCache {
    /// Empty caches for `n` names.
    pub fn new(n: usize) -> AttrCache {
        AttrCache {
            load: slots(n * WAYS),
            store: slots(n * WAYS),
            method: slots(n * WAYS),
        }
    }

    /// `obj.name` (name number `i`) if a load entry answers it.
    #[inline(always)]
    pub fn load(&self, i: usize, obj: &Value, name: &Value) -> Option<Value> {
        let Value::Obj(o) = obj else {
            return None;
        };
        if let Payload::Module(m) = &o.payload {
            let slot = find(&self.load, i, MODULE)?;
            return value_at(&m.namespace, slot.index, name);
        }
        let slot = find(&self.load, i, class_id(o.class.as_ref()?))?;
        value_at(o.dict.get()?, slot.index, name)
    }

    /// Remembers that name `i` of instances of `cls` is at dict position `index`.
    pub fn fill_load_instance(&self, i: usize, cls: &ObjRef, index: u32) {
        fill(&self.load, i, class_id(cls), index, Value::Null);
    }

    /// Remembers that name `i` of a module is at namespace position `index`.
    pub fn fill_load_module(&self, i: usize, index: u32) {
        fill(&self.load, i, MODULE, index, Value::Null);
    }

    /// Stores `value` as `obj.name` if a store entry allows it; gives the
    /// value back otherwise. The entry's position is either where the
    /// name already is, or the next free position of a dict that does not
    /// have the name yet (the attributes an `__init__` creates, in order).
    #[inline(always)]
    pub fn store(&self, i: usize, obj: &Value, name: &Value, value: Value) -> Result<(), Value> {
        let Value::Obj(o) = obj else {
            return Err(value);
        };
        let Some(cls) = o.class.as_ref() else {
            return Err(value);
        };
        let Some(index) = find(&self.store, i, class_id(cls)).map(|s| s.index as usize) else {
            return Err(value);
        };
        // An entry exists only for classes whose instances have a dict.
        let d = match o.dict.get() {
            Some(d) => d,
            None if index == 0 => o
                .dict
                .get_or_init(|| crate::object::PyObject::new_dict(crate::dict::Dict::new())),
            None => return Err(value),
        };
        let Payload::Dict(cell) = &d.payload else {
            return Err(value);
        };
        let mut table = cell.borrow_mut();
        if let Some(e) = table.entry_at(index) {
            if !e.key.is(name) {
                return Err(value);
            }
            let old = table.set_value_at(index, value);
            drop(table);
            // The old value is dropped with no cell open.
            drop(old);
            return Ok(());
        }
        if index == table.capacity_used() {
            let hash = name.as_obj().map_or(0, crate::vm::str_hash);
            if matches!(table.find_fast(name, hash), crate::dict::FastFind::Absent) {
                table.insert_new(hash, name.clone(), value);
                return Ok(());
            }
        }
        Err(value)
    }

    /// Remembers that stores of name `i` into instances of `cls` go to dict position `index`.
    pub fn fill_store(&self, i: usize, cls: &ObjRef, index: u32) {
        fill(&self.store, i, class_id(cls), index, Value::Null);
    }

    /// The method `obj.name` resolves to, if a method entry answers it.
    #[inline(always)]
    pub fn method(&self, i: usize, obj: &Value, name: &Value) -> Option<Value> {
        let method = find(&self.method, i, class_id(crate::vm::class_of(obj)))?
            .value
            .clone();
        if let Value::Obj(o) = obj {
            if o.dict.get().is_some_and(|d| has_key(d, name)) {
                return None;
            }
        }
        Some(method)
    }

    /// Remembers that name `i` on instances of `cls` is the plain method `func`.
    pub fn fill_method(&self, i: usize, cls: &ObjRef, func: Value) {
        fill(&self.method, i, class_id(cls), 0, func);
    }
}

/// Makes (class, index, value) the first way of name `i`, shifting the
/// other ways down (the last is dropped, or the old entry for the same class).
fn fill(table: &[GilRefCell<Slot>], i: usize, class: usize, index: u32, value: Value) {
    let mut carry = Slot {
        class,
        epoch: crate::typeobj::epoch(),
        index,
        value,
    };
    for w in 0..WAYS {
        let Some(cell) = table.get(i * WAYS + w) else {
            return;
        };
        let old = cell.replace(carry);
        if old.class == class || old.class == 0 {
            drop(old);
            return;
        }
        carry = old;
    }
    drop(carry);
}
