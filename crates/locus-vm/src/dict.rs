//! The insertion-ordered hash table behind `dict` (and namespaces).
//!
//! Entries are kept in insertion order in `entries`; `indices` is an
//! open-addressing table of positions in `entries`. Deleted entries leave a
//! hole (a `Null` key) until the next resize compacts them.
//!
//! Equality of keys may need Python code (`__eq__` of a user class), which
//! must not run while the table is borrowed (it could mutate the dict). The
//! table itself therefore only answers what it can decide alone
//! ([`Dict::find_fast`]); [`lookup`] does the rest with the table released
//! and re-checks the entry afterwards.

use crate::object::PyCell;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const EMPTY: u32 = u32::MAX;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    /// The key's hash.
    pub hash: i64,
    /// The key (`Null` for a deleted entry).
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// What the table can say about a key on its own.
pub enum FastFind {
    /// The key is at this entry index.
    Found(usize),
    /// The key is absent.
    Absent,
    /// Entries with the same hash whose equality needs Python code.
    Undecided(Vec<(usize, Value)>),
}

/// An insertion-ordered hash table.
pub struct Dict {
    entries: Vec<Entry>,
    indices: Vec<u32>,
    len: usize,
    /// Changed on every insertion or removal of a key, to a value no other
    /// dict state has had (iteration and the global-name cache check it).
    version: u64,
}

/// A version number never used before (0 is never handed out).
fn next_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Clone for Dict {
    fn clone(&self) -> Dict {
        Dict {
            entries: self.entries.clone(),
            indices: self.indices.clone(),
            len: self.len,
            version: next_version(),
        }
    }
}

impl Default for Dict {
    fn default() -> Dict {
        Dict {
            entries: Vec::new(),
            indices: Vec::new(),
            len: 0,
            version: next_version(),
        }
    }
}

/// Key equality that needs no Python code: `Some(answer)` or `None` when
/// `__eq__` must be called.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    fast_eq_nested(a, b, 0)
}

/// Tuples nested deeper than this are left to the VM's comparison, which
/// enforces the recursion limit.
const FAST_EQ_MAX_NESTING: usize = 64;

fn fast_eq_nested(a: &Value, b: &Value, nesting: usize) -> Option<bool> {
    use crate::object::Payload as P;
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some((*x as f64) == *y && (*y as i64) == *x)
        }
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(*x as u8 as f64 == *y)
        }
        (Value::None, _) | (_, Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => {
            if x.class.is_some() || y.class.is_some() {
                return None;
            }
            match (&x.payload, &y.payload) {
                (P::Str(s), P::Str(t)) => Some(s.as_str() == t.as_str()),
                (P::Bytes(s), P::Bytes(t)) => Some(s == t),
                (P::Tuple(s), P::Tuple(t)) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    if nesting >= FAST_EQ_MAX_NESTING {
                        return None;
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        if !fast_eq_nested(p, q, nesting + 1)? {
                            return Some(false);
                        }
                    }
                    Some(true)
                }
                (P::Str(_), P::Tuple(_) | P::Bytes(_) | P::BigInt(_))
                | (P::Tuple(_) | P::Bytes(_) | P::BigInt(_), P::Str(_)) => Some(false),
                (P::BigInt(s), P::BigInt(t)) => Some(s == t),
                _ => None,
            }
        }
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match &o.payload {
            crate::object::Payload::Str(_) | crate::object::Payload::Tuple(_)
                if o.class.is_none() =>
            {
                Some(false)
            }
            crate::object::Payload::BigInt(_) if o.class.is_none() => Some(false),
            _ => None,
        },
        _ => Some(false),
    }
}

impl Dict {
    /// An empty table.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// Number of keys.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no keys.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The change counter (see the field doc).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Number of entry positions (live or deleted), for position-based iteration.
    #[inline]
    pub fn capacity_used(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at position `i`, if any.
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_null())
    }

    /// Replaces the value of the live entry at position `i`, returning the old one.
    pub fn set_value_at(&mut self, i: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[i].value, value)
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// Keys in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|e| &e.key)
    }

    /// Looks `key` up with equality that needs no Python code.
    pub fn find_fast(&self, key: &Value, hash: i64) -> FastFind {
        if self.indices.is_empty() {
            return FastFind::Absent;
        }
        let mask = self.indices.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as u64;
        let mut undecided = Vec::new();
        loop {
            let idx = self.indices[i];
            if idx == EMPTY {
                break;
            }
            let e = &self.entries[idx as usize];
            if e.hash == hash && !e.key.is_null() {
                match fast_eq(&e.key, key) {
                    Some(true) => return FastFind::Found(idx as usize),
                    Some(false) => {}
                    None => undecided.push((idx as usize, e.key.clone())),
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        if undecided.is_empty() {
            FastFind::Absent
        } else {
            FastFind::Undecided(undecided)
        }
    }

    /// Looks up a str key (namespaces, attributes): no Python code can be needed.
    #[inline]
    pub fn get_str(&self, key: &Value, hash: i64) -> Option<&Value> {
        match self.find_fast(key, hash) {
            FastFind::Found(i) => Some(&self.entries[i].value),
            _ => None,
        }
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.grow();
        }
        let pos = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.place(hash, pos);
        self.len += 1;
        self.version = next_version();
    }

    /// Inserts or replaces using fast equality only (str-keyed namespaces);
    /// returns the old value, if any.
    pub fn set_fast(&mut self, hash: i64, key: Value, value: Value) -> Option<Value> {
        if let FastFind::Found(i) = self.find_fast(&key, hash) {
            return Some(self.set_value_at(i, value));
        }
        self.insert_new(hash, key, value);
        None
    }

    /// Removes the entry at position `i`, returning it.
    pub fn remove_at(&mut self, i: usize) -> Entry {
        let e = std::mem::replace(
            &mut self.entries[i],
            Entry {
                hash: 0,
                key: Value::Null,
                value: Value::Null,
            },
        );
        self.len -= 1;
        self.version = next_version();
        e
    }

    /// Removes every entry, returning them for the caller to drop (deleted
    /// ones have a `Null` key).
    pub fn take_entries(&mut self) -> Vec<Entry> {
        self.indices = Vec::new();
        self.len = 0;
        self.version = next_version();
        std::mem::take(&mut self.entries)
    }

    /// Removes and returns the last inserted entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let e = self.remove_at(i);
        self.entries.truncate(i);
        Some(e)
    }

    fn place(&mut self, hash: i64, pos: u32) {
        let mask = self.indices.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as u64;
        while self.indices[i] != EMPTY {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.indices[i] = pos;
    }

    fn grow(&mut self) {
        // Drop holes, then size the index table for the live entries.
        self.entries.retain(|e| !e.key.is_null());
        let mut size = 8;
        while size * 2 < (self.entries.len() + 1) * 3 + 2 {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        for pos in 0..self.entries.len() {
            let hash = self.entries[pos].hash;
            self.place(hash, pos as u32);
        }
    }
}

/// Finds `key` in a dict cell, calling `__eq__` where needed with the table released.
pub fn lookup(vm: &mut Vm, cell: &PyCell<Dict>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let undecided = match cell.borrow().find_fast(key, hash) {
            FastFind::Found(i) => return Ok(Some(i)),
            FastFind::Absent => return Ok(None),
            FastFind::Undecided(list) => list,
        };
        for (i, candidate) in undecided {
            if vm.eq(&candidate, key)? {
                // The dict may have changed while __eq__ ran.
                let d = cell.borrow();
                match d.entry_at(i) {
                    Some(e) if e.key.is(&candidate) => return Ok(Some(i)),
                    _ => continue 'restart,
                }
            }
        }
        return Ok(None);
    }
}

/// `d[key]` or `None` when absent.
pub fn get_item(vm: &mut Vm, cell: &PyCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    Ok(lookup(vm, cell, key, hash)?
        .and_then(|i| cell.borrow().entry_at(i).map(|e| e.value.clone())))
}

/// `d[key] = value`.
pub fn set_item(vm: &mut Vm, cell: &PyCell<Dict>, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    set_item_hashed(vm, cell, key, hash, value)
}

/// `d[key] = value` with the hash already known.
pub fn set_item_hashed(
    vm: &mut Vm,
    cell: &PyCell<Dict>,
    key: Value,
    hash: i64,
    value: Value,
) -> PyResult<()> {
    let old = match lookup(vm, cell, &key, hash)? {
        Some(i) => Some(cell.borrow_mut().set_value_at(i, value)),
        None => {
            cell.borrow_mut().insert_new(hash, key, value);
            None
        }
    };
    drop(old);
    Ok(())
}

/// `del d[key]`: returns the removed value, or `None` when absent.
pub fn remove_item(vm: &mut Vm, cell: &PyCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    match lookup(vm, cell, key, hash)? {
        Some(i) => {
            let e = cell.borrow_mut().remove_at(i);
            Ok(Some(e.value))
        }
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::hash_str;

    #[test]
    fn keeps_insertion_order_through_deletes_and_growth() {
        let _lock = crate::threads::lock::LockHold::new();
        let mut d = Dict::new();
        for i in 0..100 {
            let k = Value::str(format!("k{i}"));
            d.set_fast(hash_str(&format!("k{i}")), k, Value::Int(i));
        }
        for i in (0..100).step_by(2) {
            let key = Value::str(format!("k{i}"));
            if let FastFind::Found(pos) = d.find_fast(&key, hash_str(&format!("k{i}"))) {
                d.remove_at(pos);
            }
        }
        for i in 100..150 {
            d.set_fast(
                hash_str(&format!("k{i}")),
                Value::str(format!("k{i}")),
                Value::Int(i),
            );
        }
        let values: Vec<i64> = d
            .iter()
            .map(|e| if let Value::Int(i) = e.value { i } else { -1 })
            .collect();
        let expected: Vec<i64> = (1..100).step_by(2).chain(100..150).collect();
        assert_eq!(values, expected);
        assert_eq!(d.len(), expected.len());
    }

    #[test]
    fn replacing_a_value_keeps_the_position() {
        let _lock = crate::threads::lock::LockHold::new();
        let mut d = Dict::new();
        d.set_fast(hash_str("a"), Value::str("a"), Value::Int(1));
        d.set_fast(hash_str("b"), Value::str("b"), Value::Int(2));
        let old = d.set_fast(hash_str("a"), Value::str("a"), Value::Int(3));
        assert!(matches!(old, Some(Value::Int(1))));
        let keys: Vec<&str> = d.keys().filter_map(|k| k.as_str()).collect();
        assert_eq!(keys, vec!["a", "b"]);
    }

    #[test]
    fn int_and_float_keys_are_equal() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(fast_eq(&Value::Int(1), &Value::Float(1.0)), Some(true));
        assert_eq!(fast_eq(&Value::Bool(true), &Value::Int(1)), Some(true));
        assert_eq!(fast_eq(&Value::Int(1), &Value::str("1")), Some(false));
    }
}
