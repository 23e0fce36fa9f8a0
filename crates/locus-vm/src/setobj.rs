//! The hash table behind `set` and `frozenset`.
//!
//! Sets iterate in table order, so to print `{3, 1, 2}` as CPython does the
//! table follows the same layout rules: power-of-two size (at least 8),
//! a run of linear probes then perturbed probing, growth when three fifths
//! full. Like `dict.rs`, the table decides equality only when no Python
//! code is needed; [`set_lookup`] handles the rest with the table released.

use crate::dict::fast_eq;
use crate::object::PyCell;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const LINEAR_PROBES: usize = 9;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

/// A set's table.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Live keys.
    used: usize,
    /// Live keys plus dummies.
    fill: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            used: 0,
            fill: 0,
        }
    }
}

/// The outcome of a lookup that needs no Python code.
pub enum SetFind {
    /// Found at this slot.
    Found(usize),
    /// Absent.
    Absent,
    /// Same-hash keys whose equality needs `__eq__`.
    Undecided(Vec<(usize, Value)>),
}

impl SetTable {
    /// An empty set.
    pub fn new() -> SetTable {
        SetTable::default()
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (for position-based iteration).
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The element in slot `i`, if any.
    pub fn at(&self, i: usize) -> Option<(i64, &Value)> {
        match self.slots.get(i) {
            Some(Slot::Full(h, v)) => Some((*h, v)),
            _ => None,
        }
    }

    /// Elements with their hashes, in table order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full(h, v) => Some((*h, v)),
            _ => None,
        })
    }

    fn probe_order(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let mask = self.slots.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as u64 as usize;
        let mut run = 0usize;
        let mut run_len = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        let mut base = i;
        std::iter::from_fn(move || {
            let out = base + run;
            if run < run_len {
                run += 1;
            } else {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
                base = i;
                run = 0;
                run_len = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
            }
            Some(out)
        })
    }

    /// Finds `key` using only fast equality.
    pub fn find_fast(&self, key: &Value, hash: i64) -> SetFind {
        let mut undecided = Vec::new();
        for (n, i) in self.probe_order(hash).enumerate() {
            match &self.slots[i] {
                Slot::Empty => break,
                Slot::Dummy => {}
                Slot::Full(h, k) => {
                    if *h == hash {
                        match fast_eq(k, key) {
                            Some(true) => return SetFind::Found(i),
                            Some(false) => {}
                            None => undecided.push((i, k.clone())),
                        }
                    }
                }
            }
            if n > self.slots.len() * 4 {
                break; // a full table of dummies cannot happen, but never loop forever
            }
        }
        if undecided.is_empty() {
            SetFind::Absent
        } else {
            SetFind::Undecided(undecided)
        }
    }

    /// Adds a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mut target = None;
        for i in self.probe_order(hash) {
            match &self.slots[i] {
                Slot::Empty => {
                    target = Some((i, false));
                    break;
                }
                Slot::Dummy => {
                    target = Some((i, true));
                    break;
                }
                Slot::Full(..) => {}
            }
        }
        let (i, was_dummy) = target.unwrap_or((0, false));
        self.slots[i] = Slot::Full(hash, key);
        self.used += 1;
        if !was_dummy {
            self.fill += 1;
            let mask = self.slots.len() - 1;
            if self.fill * 5 >= mask * 3 {
                let want = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(want);
            }
        }
    }

    /// Removes the key in slot `i`.
    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
            Slot::Full(_, k) => {
                self.used -= 1;
                Some(k)
            }
            other => {
                self.slots[i] = other;
                None
            }
        }
    }

    /// Removes an arbitrary element (the first in table order), as `set.pop`.
    pub fn pop_first(&mut self) -> Option<Value> {
        let i = self
            .slots
            .iter()
            .position(|s| matches!(s, Slot::Full(..)))?;
        self.remove_at(i)
    }

    /// Removes everything, returning the keys for the caller to drop.
    pub fn take_all(&mut self) -> Vec<Value> {
        let slots = std::mem::replace(&mut self.slots, vec![Slot::Empty; MIN_SIZE]);
        self.used = 0;
        self.fill = 0;
        slots
            .into_iter()
            .filter_map(|s| match s {
                Slot::Full(_, k) => Some(k),
                _ => None,
            })
            .collect()
    }

    /// Grows the table before `incoming` keys are merged in, as CPython's
    /// bulk update does (so the merged set iterates in CPython's order).
    pub fn reserve_for_merge(&mut self, incoming: usize) {
        let mask = self.slots.len() - 1;
        if (self.fill + incoming) * 5 >= mask * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Whether merging `other` into this (empty) table copies it slot for
    /// slot: same size and no dummies in `other`, as CPython's merge checks.
    pub fn copies_layout_of(&self, other: &SetTable) -> bool {
        self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used
    }

    /// Copies `other`'s layout slot for slot (only when [`Self::copies_layout_of`]).
    pub fn copy_layout_from(&mut self, other: &SetTable) {
        self.slots = other.slots.clone();
        self.used = other.used;
        self.fill = other.fill;
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Full(h, k) = s {
                let i = self
                    .probe_order(h)
                    .find(|&i| matches!(self.slots[i], Slot::Empty))
                    .unwrap_or(0);
                self.slots[i] = Slot::Full(h, k);
            }
        }
    }
}

/// Finds `key`, calling `__eq__` where needed with the table released.
pub fn set_lookup(
    vm: &mut Vm,
    cell: &PyCell<SetTable>,
    key: &Value,
    hash: i64,
) -> PyResult<Option<usize>> {
    'restart: loop {
        let undecided = match cell.borrow().find_fast(key, hash) {
            SetFind::Found(i) => return Ok(Some(i)),
            SetFind::Absent => return Ok(None),
            SetFind::Undecided(list) => list,
        };
        for (i, candidate) in undecided {
            if vm.eq(&candidate, key)? {
                match cell.borrow().at(i) {
                    Some((_, k)) if k.is(&candidate) => return Ok(Some(i)),
                    _ => continue 'restart,
                }
            }
        }
        return Ok(None);
    }
}

/// Adds `key` to a set cell (no-op when present).
pub fn set_add(vm: &mut Vm, cell: &PyCell<SetTable>, key: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    if set_lookup(vm, cell, &key, hash)?.is_none() {
        cell.borrow_mut().insert_new(hash, key);
    }
    Ok(())
}

/// Membership in a table that is not shared (a frozenset).
pub fn table_contains(vm: &mut Vm, table: &SetTable, key: &Value, hash: i64) -> PyResult<bool> {
    match table.find_fast(key, hash) {
        SetFind::Found(_) => Ok(true),
        SetFind::Absent => Ok(false),
        SetFind::Undecided(list) => {
            for (_, candidate) in list {
                if vm.eq(&candidate, key)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::{hash_i64, hash_str};

    fn order_of_ints(items: &[i64]) -> Vec<i64> {
        let mut t = SetTable::new();
        for &i in items {
            if let SetFind::Absent = t.find_fast(&Value::Int(i), hash_i64(i)) {
                t.insert_new(hash_i64(i), Value::Int(i));
            }
        }
        t.iter()
            .map(|(_, v)| match v {
                Value::Int(i) => *i,
                _ => 0,
            })
            .collect()
    }

    // Expected orders recorded from python3.13-ref by adding the items one
    // by one with `s.add(x)` (a display of constants is built from a
    // frozenset constant instead, which can give another order).
    #[test]
    fn int_sets_iterate_in_cpython_order() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(order_of_ints(&[16, 8, 1]), vec![16, 8, 1]);
        assert_eq!(order_of_ints(&[100, 5, 37, 64]), vec![64, 37, 100, 5]);
        assert_eq!(
            order_of_ints(&[-1, -2, 7, 1 << 40, 13]),
            vec![1 << 40, 7, 13, -2, -1]
        );
    }

    #[test]
    fn removal_leaves_a_dummy_that_is_reused() {
        let _lock = crate::threads::lock::LockHold::new();
        let mut t = SetTable::new();
        for i in 0..20 {
            t.insert_new(hash_i64(i), Value::Int(i));
        }
        if let SetFind::Found(slot) = t.find_fast(&Value::Int(3), hash_i64(3)) {
            t.remove_at(slot);
        }
        t.insert_new(hash_i64(99), Value::Int(99));
        let order: Vec<i64> = t
            .iter()
            .map(|(_, v)| if let Value::Int(i) = v { *i } else { -1 })
            .collect();
        let mut expected: Vec<i64> = (0..20).filter(|i| *i != 3).collect();
        expected.push(99);
        assert_eq!(order, expected);
    }

    #[test]
    fn str_sets_iterate_in_cpython_order() {
        let _lock = crate::threads::lock::LockHold::new();
        let mut t = SetTable::new();
        for s in ["a", "b", "c", "abc"] {
            t.insert_new(hash_str(s), Value::str(s));
        }
        let order: Vec<String> = t
            .iter()
            .map(|(_, v)| v.as_str().unwrap_or("").to_string())
            .collect();
        assert_eq!(order, vec!["c", "a", "b", "abc"]);
    }
}
