//! `set` and `frozenset`.
//!
//! Every set is built with [`SetTable`] and elements are added in the order
//! CPython adds them (a copy then the other operand's elements in table
//! order, ...), so printed results follow CPython's iteration order.
//! Tables are snapshotted before any call that can run Python code.

use locus_bytecode::{BinOp, CmpOp};

use crate::iter::{new_iter, IterState};
use crate::object::{Payload, PyCell, PyObject};
use crate::setobj::{set_add, set_lookup, table_contains, SetTable};
use crate::typeobj::{method, MethodDef};
use crate::types::list::{
    check_noargs, check_o, check_wrapper_args, descriptor_error, no_kw, not_implemented,
    repr_enter, repr_leave,
};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

// ---------------------------------------------------------------------
// Table helpers
// ---------------------------------------------------------------------

/// Whether `v` is a set or frozenset (of any class).
pub(crate) fn is_anyset(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

/// Whether `v` is a frozenset (of any class).
fn is_frozen(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

/// Number of elements of a set or frozenset.
pub(crate) fn set_len(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::Set(c)) => c.borrow().len(),
        Some(Payload::FrozenSet(t)) => t.len(),
        _ => 0,
    }
}

/// The elements with their hashes, in table order.
fn entries_of_table(t: &SetTable) -> Vec<(i64, Value)> {
    t.iter().map(|(h, k)| (h, k.clone())).collect()
}

/// A snapshot of a set's elements with their hashes; `None` if not a set.
fn entries(v: &Value) -> Option<Vec<(i64, Value)>> {
    match v.payload() {
        Some(Payload::Set(c)) => Some(entries_of_table(&c.borrow())),
        Some(Payload::FrozenSet(t)) => Some(entries_of_table(t)),
        _ => None,
    }
}

/// A snapshot of an exact dict's keys with their stored hashes.
fn exact_dict_keys(v: &Value) -> Option<Vec<(i64, Value)>> {
    match v {
        Value::Obj(o) if o.class.is_none() => match &o.payload {
            Payload::Dict(d) => Some(d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect()),
            _ => None,
        },
        _ => None,
    }
}

/// A new set (or frozenset) object of the builtin class.
pub(crate) fn wrap(table: SetTable, frozen: bool) -> Value {
    let payload = if frozen {
        Payload::FrozenSet(table)
    } else {
        Payload::Set(PyCell::new(table))
    };
    Value::Obj(PyObject::new(payload))
}

/// Adds `key` (whose hash is known) unless present.
fn add_hashed(vm: &mut Vm, cell: &PyCell<SetTable>, key: Value, hash: i64) -> PyResult<()> {
    if set_lookup(vm, cell, &key, hash)?.is_none() {
        cell.borrow_mut().insert_new(hash, key);
    }
    Ok(())
}

/// Removes `key` (whose hash is known); false when absent.
fn discard_hashed(vm: &mut Vm, cell: &PyCell<SetTable>, key: &Value, hash: i64) -> PyResult<bool> {
    match set_lookup(vm, cell, key, hash)? {
        Some(i) => {
            let removed = cell.borrow_mut().remove_at(i);
            drop(removed);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Membership in set or frozenset `v` for a key whose hash is known.
fn contains_hashed(vm: &mut Vm, v: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    match v.payload() {
        Some(Payload::Set(c)) => Ok(set_lookup(vm, c, key, hash)?.is_some()),
        Some(Payload::FrozenSet(t)) => table_contains(vm, t, key, hash),
        _ => Ok(false),
    }
}

/// The hash of a key looked up in a set: an unhashable set is looked up
/// as the equal frozenset, as CPython does.
fn lookup_key(vm: &mut Vm, key: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if matches!(key.payload(), Some(Payload::Set(_))) && vm.err_is(&e, "TypeError") => {
            let frozen = wrap(
                table_from_entries(vm, entries(key).unwrap_or_default())?,
                true,
            );
            let h = vm.hash(&frozen)?;
            Ok((frozen, h))
        }
        Err(e) => Err(e),
    }
}

/// A table with the given elements added in order.
fn table_from_entries(vm: &mut Vm, items: Vec<(i64, Value)>) -> PyResult<SetTable> {
    let cell = PyCell::new(SetTable::new());
    for (h, k) in items {
        add_hashed(vm, &cell, k, h)?;
    }
    Ok(cell.into_inner())
}

/// A copy of set `v`'s table, laid out as CPython's copy would be.
fn copy_table(vm: &mut Vm, v: &Value) -> PyResult<SetTable> {
    let cell = PyCell::new(SetTable::new());
    update_cell(vm, &cell, v)?;
    Ok(cell.into_inner())
}

/// Adds the elements of any iterable to a set (CPython's `set_update_internal`).
pub(crate) fn update_cell(vm: &mut Vm, cell: &PyCell<SetTable>, other: &Value) -> PyResult<()> {
    if let Some(items) = entries(other).or_else(|| exact_dict_keys(other)) {
        cell.borrow_mut().reserve_for_merge(items.len());
        let copy = match other.payload() {
            Some(Payload::Set(c)) => {
                let t = c.borrow();
                cell.borrow().copies_layout_of(&t).then(|| t.clone())
            }
            Some(Payload::FrozenSet(t)) => cell.borrow().copies_layout_of(t).then(|| t.clone()),
            _ => None,
        };
        if let Some(t) = copy {
            let old = std::mem::replace(&mut *cell.borrow_mut(), t);
            drop(old);
            return Ok(());
        }
        for (h, k) in items {
            add_hashed(vm, cell, k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        set_add(vm, cell, x)?;
    }
    Ok(())
}

/// A table holding the elements of any iterable.
pub(crate) fn table_from_iterable(vm: &mut Vm, it: &Value) -> PyResult<SetTable> {
    let cell = PyCell::new(SetTable::new());
    update_cell(vm, &cell, it)?;
    Ok(cell.into_inner())
}

/// The elements of `other` with hashes: its table for sets, else a set built from it.
fn hashed_elements(vm: &mut Vm, other: &Value) -> PyResult<Vec<(i64, Value)>> {
    if let Some(e) = entries(other).or_else(|| exact_dict_keys(other)) {
        return Ok(e);
    }
    Ok(entries_of_table(&table_from_iterable(vm, other)?))
}

/// Removes the elements of `other` from the set in `cell` (`self_v` is the set itself).
pub(crate) fn difference_update_cell(
    vm: &mut Vm,
    cell: &PyCell<SetTable>,
    self_v: &Value,
    other: &Value,
) -> PyResult<()> {
    if other.is(self_v) {
        let old = cell.borrow_mut().take_all();
        drop(old);
        return Ok(());
    }
    if let Some(items) = entries(other) {
        for (h, k) in items {
            discard_hashed(vm, cell, &k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        discard_hashed(vm, cell, &x, h)?;
    }
    Ok(())
}

/// Keeps the elements in exactly one of the set in `cell` and `other`.
pub(crate) fn symmetric_difference_update_cell(
    vm: &mut Vm,
    cell: &PyCell<SetTable>,
    self_v: &Value,
    other: &Value,
) -> PyResult<()> {
    if other.is(self_v) {
        let old = cell.borrow_mut().take_all();
        drop(old);
        return Ok(());
    }
    for (h, k) in hashed_elements(vm, other)? {
        if !discard_hashed(vm, cell, &k, h)? {
            add_hashed(vm, cell, k, h)?;
        }
    }
    Ok(())
}

/// The elements of set `so` also in `other` (CPython's `set_intersection`:
/// the smaller set is iterated).
pub(crate) fn intersection_table(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    if other.is(so) {
        return copy_table(vm, so);
    }
    let result = PyCell::new(SetTable::new());
    if is_anyset(other) {
        let (big, small) = if set_len(other) > set_len(so) {
            (other, so)
        } else {
            (so, other)
        };
        for (h, k) in entries(small).unwrap_or_default() {
            if contains_hashed(vm, big, &k, h)? {
                add_hashed(vm, &result, k, h)?;
            }
        }
        return Ok(result.into_inner());
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        if contains_hashed(vm, so, &x, h)? {
            add_hashed(vm, &result, x, h)?;
        }
    }
    Ok(result.into_inner())
}

/// The elements of set `so` not in `other` (CPython's `set_difference`).
fn difference_table(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let dict_keys = exact_dict_keys(other);
    let other_len = if is_anyset(other) {
        set_len(other)
    } else if let Some(k) = &dict_keys {
        k.len()
    } else {
        return copy_and_difference(vm, so, other);
    };
    if (set_len(so) >> 2) > other_len {
        return copy_and_difference(vm, so, other);
    }
    let result = PyCell::new(SetTable::new());
    for (h, k) in entries(so).unwrap_or_default() {
        let present = match other.payload() {
            Some(Payload::Dict(d)) => crate::dict::lookup(vm, d, &k, h)?.is_some(),
            _ => contains_hashed(vm, other, &k, h)?,
        };
        if !present {
            add_hashed(vm, &result, k, h)?;
        }
    }
    Ok(result.into_inner())
}

/// A copy of `so` with the elements of `other` removed.
fn copy_and_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let cell = PyCell::new(copy_table(vm, so)?);
    let marker = Value::Null;
    difference_update_cell(vm, &cell, &marker, other)?;
    Ok(cell.into_inner())
}

/// `so | other` (both sets): a copy of `so`, then `other`'s elements.
fn union_table(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let cell = PyCell::new(copy_table(vm, so)?);
    if !other.is(so) {
        update_cell(vm, &cell, other)?;
    }
    Ok(cell.into_inner())
}

/// `so ^ other`: `other`'s elements, then those of `so` toggled in.
fn symmetric_difference_table(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let cell = PyCell::new(table_from_iterable(vm, other)?);
    let marker = Value::Null;
    symmetric_difference_update_cell(vm, &cell, &marker, so)?;
    Ok(cell.into_inner())
}

/// Whether every element of set `a` is in set `b`.
fn is_subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
    for (h, k) in entries(a).unwrap_or_default() {
        if !contains_hashed(vm, b, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ---------------------------------------------------------------------
// Public entry points
// ---------------------------------------------------------------------

/// Whether `cls` is exactly the builtin `set` or `frozenset`.
fn is_builtin_class(cls: &ObjRef, frozen: bool) -> bool {
    let t = crate::typeobj::types();
    crate::gil_rc::GilRc::ptr_eq(cls, if frozen { &t.frozenset } else { &t.set })
}

/// Constructor (`set.__new__`): an empty set of class `args[0]`; the
/// elements are added by `set.__init__`, as in CPython.
pub fn set_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.type_error("set.__new__(X): X is not a type object"));
    };
    if is_builtin_class(cls, false) {
        no_kw(vm, "set", kw)?;
    }
    Ok(Value::Obj(PyObject::new_with_class_if(
        cls,
        Payload::Set(PyCell::new(SetTable::new())),
    )))
}

/// Constructor: `frozenset(iterable=())`.
pub fn frozenset_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(vm.type_error("frozenset.__new__(X): X is not a type object"));
    };
    let exact_cls = is_builtin_class(&cls, true);
    if exact_cls || !crate::types::tuple::has_own_init(&cls) {
        no_kw(vm, "frozenset", kw)?;
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let table = match args.get(1) {
        Some(v) if exact_cls && is_frozen(v) && v.as_obj().is_some_and(|o| o.class.is_none()) => {
            return Ok(v.clone())
        }
        Some(v) => table_from_iterable(vm, v)?,
        None => SetTable::new(),
    };
    Ok(Value::Obj(PyObject::new_with_class_if(
        &cls,
        Payload::FrozenSet(table),
    )))
}

/// `repr(set)`: `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()`,
/// `Name({1, 2})` for subclasses, `Name(...)` when recursive.
pub fn set_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(o) = v else {
        return Ok(String::new());
    };
    let items: Vec<Value> = entries(v)
        .unwrap_or_default()
        .into_iter()
        .map(|(_, k)| k)
        .collect();
    let name = vm.type_name(v);
    let plain = o.class.is_none() && matches!(o.payload, Payload::Set(_));
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    if !repr_enter(vm, o)? {
        return Ok(format!("{name}(...)"));
    }
    let mut parts = Vec::with_capacity(items.len());
    for it in &items {
        match vm.repr(it) {
            Ok(s) => parts.push(s),
            Err(e) => {
                repr_leave(vm, o);
                return Err(e);
            }
        }
    }
    repr_leave(vm, o);
    let body = format!("{{{}}}", parts.join(", "));
    Ok(if plain {
        body
    } else {
        format!("{name}({body})")
    })
}

/// `hash(frozenset)`: the elements' hashes, bit-shuffled and combined
/// with xor (independent of order), then mixed with the size.
pub fn frozenset_hash(t: &crate::setobj::SetTable) -> i64 {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut hash: u64 = 0;
    for (h, _) in t.iter() {
        hash ^= shuffle(h as u64);
    }
    hash ^= (t.len() as u64).wrapping_add(1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// Set comparisons: subset/superset/equality (sets equal frozensets).
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: locus_bytecode::CmpOp) -> PyResult<bool> {
    let (la, lb) = (set_len(a), set_len(b));
    Ok(match op {
        CmpOp::Eq => la == lb && is_subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && is_subset(vm, a, b)?),
        CmpOp::Le => is_subset(vm, a, b)?,
        CmpOp::Lt => la < lb && is_subset(vm, a, b)?,
        CmpOp::Ge => is_subset(vm, b, a)?,
        CmpOp::Gt => la > lb && is_subset(vm, b, a)?,
    })
}

/// A new set from items.
pub fn new_set_from(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let cell = crate::object::PyCell::new(crate::setobj::SetTable::new());
    for it in items {
        crate::setobj::set_add(vm, &cell, it)?;
    }
    Ok(Value::Obj(crate::object::PyObject::new(
        crate::object::Payload::Set(cell),
    )))
}

/// `k in s` for a set or frozenset: an unhashable set `k` is looked up as
/// the equal frozenset, as CPython does.
pub fn contains(vm: &mut Vm, s: &Value, k: &Value) -> PyResult<bool> {
    let (key, h) = lookup_key(vm, k)?;
    contains_hashed(vm, s, &key, h)
}

/// A set operator on two sets; the result has the left operand's kind.
fn set_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let table = match op {
        BinOp::Or => union_table(vm, a, b)?,
        BinOp::And => intersection_table(vm, a, b)?,
        BinOp::Sub => difference_table(vm, a, b)?,
        BinOp::Xor => symmetric_difference_table(vm, a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(wrap(table, is_frozen(a))))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` with `a` an exact set or frozenset.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_anyset(b) {
        return Ok(None);
    }
    set_op(vm, op, a, b)
}

/// Applies `|= &= -= ^=` to set `a` (cell `cell`) with set `b`.
fn set_iop(
    vm: &mut Vm,
    op: BinOp,
    a: &Value,
    cell: &PyCell<SetTable>,
    b: &Value,
) -> PyResult<bool> {
    match op {
        BinOp::Or => update_cell(vm, cell, b)?,
        BinOp::And => {
            let table = intersection_table(vm, a, b)?;
            let old = std::mem::replace(&mut *cell.borrow_mut(), table);
            drop(old);
        }
        BinOp::Sub => difference_update_cell(vm, cell, a, b)?,
        BinOp::Xor => symmetric_difference_update_cell(vm, cell, a, b)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` with `a` an exact set.
pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::Set(cell)) = a.payload() else {
        return Ok(None);
    };
    if !is_anyset(b) {
        return Ok(None);
    }
    Ok(set_iop(vm, op, a, cell, b)?.then(|| a.clone()))
}

// ---------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------

/// The receiver of a method of both set kinds.
fn recv_any<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(v) if is_anyset(v) => Ok(v),
        other => Err(descriptor_error(vm, name, "set", other)),
    }
}

/// The cell of a mutable set receiver.
fn recv_set<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyCell<SetTable>> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Set(c)) => Ok(c),
        _ => Err(descriptor_error(vm, name, "set", args.first())),
    }
}

fn set_add_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_set(vm, args, "add")?;
    check_o(vm, "set.add", args, kw)?;
    set_add(vm, cell, args[1].clone())?;
    Ok(Value::None)
}

fn set_remove_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_set(vm, args, "remove")?;
    check_o(vm, "set.remove", args, kw)?;
    let (key, h) = lookup_key(vm, &args[1])?;
    if discard_hashed(vm, cell, &key, h)? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(args[1].clone()))
    }
}

fn set_discard_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_set(vm, args, "discard")?;
    check_o(vm, "set.discard", args, kw)?;
    let (key, h) = lookup_key(vm, &args[1])?;
    discard_hashed(vm, cell, &key, h)?;
    Ok(Value::None)
}

fn set_pop_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_set(vm, args, "pop")?;
    check_noargs(vm, "set.pop", args, kw)?;
    let popped = cell.borrow_mut().pop_first();
    popped.ok_or_else(|| vm.key_error(Value::str("pop from an empty set")))
}

fn set_clear_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_set(vm, args, "clear")?;
    check_noargs(vm, "set.clear", args, kw)?;
    let old = cell.borrow_mut().take_all();
    drop(old);
    Ok(Value::None)
}

/// `copy()`: a set of the receiver's builtin kind (an exact frozenset is returned itself).
fn set_copy_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = recv_any(vm, args, "copy")?;
    check_noargs(
        vm,
        if is_frozen(v) {
            "frozenset.copy"
        } else {
            "set.copy"
        },
        args,
        kw,
    )?;
    if is_frozen(v) && v.as_obj().is_some_and(|o| o.class.is_none()) {
        return Ok(v.clone());
    }
    Ok(wrap(copy_table(vm, v)?, is_frozen(v)))
}

fn set_update_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_set(vm, args, "update")?;
    no_kw(vm, "set.update", kw)?;
    for other in &args[1..] {
        update_cell(vm, cell, other)?;
    }
    Ok(Value::None)
}

/// The qualified name of a method for messages (`set.union`/`frozenset.union`).
fn qual(v: &Value, name: &str) -> String {
    format!("{}.{name}", if is_frozen(v) { "frozenset" } else { "set" })
}

fn set_union_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = recv_any(vm, args, "union")?;
    no_kw(vm, &qual(v, "union"), kw)?;
    let cell = PyCell::new(copy_table(vm, v)?);
    for other in &args[1..] {
        if !other.is(v) {
            update_cell(vm, &cell, other)?;
        }
    }
    Ok(wrap(cell.into_inner(), is_frozen(v)))
}

/// `so.intersection(*others)` as a table.
fn intersection_multi(vm: &mut Vm, so: &Value, others: &[Value]) -> PyResult<SetTable> {
    let frozen = is_frozen(so);
    let mut result = copy_table(vm, so)?;
    let mut current = so.clone();
    for other in others {
        result = intersection_table(vm, &current, other)?;
        current = wrap(result.clone(), frozen);
    }
    Ok(result)
}

fn set_intersection_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = recv_any(vm, args, "intersection")?;
    no_kw(vm, &qual(v, "intersection"), kw)?;
    let table = intersection_multi(vm, v, &args[1..])?;
    Ok(wrap(table, is_frozen(v)))
}

/// `so.difference(*others)` as a table.
fn difference_multi(vm: &mut Vm, so: &Value, others: &[Value]) -> PyResult<SetTable> {
    let Some((first, rest)) = others.split_first() else {
        return copy_table(vm, so);
    };
    let cell = PyCell::new(difference_table(vm, so, first)?);
    let marker = Value::Null;
    for other in rest {
        difference_update_cell(vm, &cell, &marker, other)?;
    }
    Ok(cell.into_inner())
}

fn set_difference_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = recv_any(vm, args, "difference")?;
    no_kw(vm, &qual(v, "difference"), kw)?;
    let table = difference_multi(vm, v, &args[1..])?;
    Ok(wrap(table, is_frozen(v)))
}

fn set_symmetric_difference_m(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let v = recv_any(vm, args, "symmetric_difference")?;
    check_o(vm, &qual(v, "symmetric_difference"), args, kw)?;
    let table = symmetric_difference_table(vm, v, &args[1])?;
    Ok(wrap(table, is_frozen(v)))
}

fn set_intersection_update_m(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let cell = recv_set(vm, args, "intersection_update")?;
    no_kw(vm, "set.intersection_update", kw)?;
    let table = intersection_multi(vm, &args[0], &args[1..])?;
    let old = std::mem::replace(&mut *cell.borrow_mut(), table);
    drop(old);
    Ok(Value::None)
}

fn set_difference_update_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_set(vm, args, "difference_update")?;
    no_kw(vm, "set.difference_update", kw)?;
    for other in &args[1..] {
        difference_update_cell(vm, cell, &args[0], other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update_m(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let cell = recv_set(vm, args, "symmetric_difference_update")?;
    check_o(vm, "set.symmetric_difference_update", args, kw)?;
    symmetric_difference_update_cell(vm, cell, &args[0], &args[1])?;
    Ok(Value::None)
}

fn set_issubset_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = recv_any(vm, args, "issubset")?;
    check_o(vm, &qual(v, "issubset"), args, kw)?;
    let other = &args[1];
    if is_anyset(other) {
        return is_subset(vm, v, other).map(Value::Bool);
    }
    let tmp = wrap(table_from_iterable(vm, other)?, false);
    is_subset(vm, v, &tmp).map(Value::Bool)
}

fn set_issuperset_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = recv_any(vm, args, "issuperset")?;
    check_o(vm, &qual(v, "issuperset"), args, kw)?;
    let other = &args[1];
    if is_anyset(other) {
        return is_subset(vm, other, v).map(Value::Bool);
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        if !contains_hashed(vm, v, &x, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = recv_any(vm, args, "isdisjoint")?;
    check_o(vm, &qual(v, "isdisjoint"), args, kw)?;
    let other = &args[1];
    if other.is(v) {
        return Ok(Value::Bool(set_len(v) == 0));
    }
    if is_anyset(other) {
        let (big, small) = if set_len(other) > set_len(v) {
            (other, v)
        } else {
            (v, other)
        };
        for (h, k) in entries(small).unwrap_or_default() {
            if contains_hashed(vm, big, &k, h)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        if contains_hashed(vm, v, &x, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_len_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = recv_any(vm, args, "__len__")?;
    check_wrapper_args(vm, args, 0)?;
    Ok(Value::from(set_len(v)))
}

fn set_contains_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = recv_any(vm, args, "__contains__")?;
    check_wrapper_args(vm, args, 1)?;
    contains(vm, v, &args[1]).map(Value::Bool)
}

fn set_iter_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_any(vm, args, "__iter__")?;
    check_wrapper_args(vm, args, 0)?;
    match &args[0] {
        Value::Obj(o) => Ok(new_iter(crate::iter::set_iter_state(o))),
        _ => Ok(new_iter(IterState::Exhausted)),
    }
}

/// Rich comparison; NotImplemented unless both operands are sets.
fn set_cmp(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let v = recv_any(vm, args, "__eq__")?;
    check_wrapper_args(vm, args, 1)?;
    if !is_anyset(&args[1]) {
        return Ok(not_implemented());
    }
    set_compare(vm, v, &args[1], op).map(Value::Bool)
}

fn set_eq_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Eq)
}

fn set_ne_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Ne)
}

fn set_lt_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Lt)
}

fn set_le_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Le)
}

fn set_gt_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Gt)
}

fn set_ge_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Ge)
}

/// A binary operator method: `reflected` swaps the operands (`__ror__`...).
fn set_binop(vm: &mut Vm, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    recv_any(vm, args, "__or__")?;
    check_wrapper_args(vm, args, 1)?;
    if !is_anyset(&args[1]) {
        return Ok(not_implemented());
    }
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    Ok(set_op(vm, op, a, b)?.unwrap_or_else(not_implemented))
}

fn set_or_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_binop(vm, args, BinOp::Or, false)
}

fn set_and_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_binop(vm, args, BinOp::And, false)
}

fn set_sub_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_binop(vm, args, BinOp::Sub, false)
}

fn set_xor_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_binop(vm, args, BinOp::Xor, false)
}

fn set_ror_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_binop(vm, args, BinOp::Or, true)
}

fn set_rand_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_binop(vm, args, BinOp::And, true)
}

fn set_rsub_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_binop(vm, args, BinOp::Sub, true)
}

fn set_rxor_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_binop(vm, args, BinOp::Xor, true)
}

/// An in-place operator method on a set; returns the set itself.
fn set_ibinop(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let cell = recv_set(vm, args, "__ior__")?;
    check_wrapper_args(vm, args, 1)?;
    if !is_anyset(&args[1]) {
        return Ok(not_implemented());
    }
    set_iop(vm, op, &args[0], cell, &args[1])?;
    Ok(args[0].clone())
}

fn set_ior_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_ibinop(vm, args, BinOp::Or)
}

fn set_iand_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_ibinop(vm, args, BinOp::And)
}

fn set_isub_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_ibinop(vm, args, BinOp::Sub)
}

fn set_ixor_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_ibinop(vm, args, BinOp::Xor)
}

fn set_repr_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = recv_any(vm, args, "__repr__")?;
    check_wrapper_args(vm, args, 0)?;
    set_repr(vm, v).map(Value::str)
}

/// `set.__init__(iterable=())`: clears the set, then adds the elements.
fn set_init_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_set(vm, args, "__init__")?;
    no_kw(vm, "set", kw)?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let old = cell.borrow_mut().take_all();
    drop(old);
    if let Some(it) = args.get(1) {
        update_cell(vm, cell, it)?;
    }
    Ok(Value::None)
}

fn frozenset_hash_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::FrozenSet(t)) => {
            check_wrapper_args(vm, args, 0)?;
            Ok(Value::Int(frozenset_hash(t)))
        }
        _ => Err(descriptor_error(vm, "__hash__", "frozenset", args.first())),
    }
}

/// `set` methods.
pub const METHODS: &[MethodDef] = &[
    method("add", set_add_m),
    method("remove", set_remove_m),
    method("discard", set_discard_m),
    method("pop", set_pop_m),
    method("clear", set_clear_m),
    method("copy", set_copy_m),
    method("update", set_update_m),
    method("union", set_union_m),
    method("intersection", set_intersection_m),
    method("difference", set_difference_m),
    method("symmetric_difference", set_symmetric_difference_m),
    method("intersection_update", set_intersection_update_m),
    method("difference_update", set_difference_update_m),
    method(
        "symmetric_difference_update",
        set_symmetric_difference_update_m,
    ),
    method("issubset", set_issubset_m),
    method("issuperset", set_issuperset_m),
    method("isdisjoint", set_isdisjoint_m),
    method("__len__", set_len_m),
    method("__contains__", set_contains_m),
    method("__iter__", set_iter_m),
    method("__eq__", set_eq_m),
    method("__ne__", set_ne_m),
    method("__lt__", set_lt_m),
    method("__le__", set_le_m),
    method("__gt__", set_gt_m),
    method("__ge__", set_ge_m),
    method("__or__", set_or_m),
    method("__and__", set_and_m),
    method("__sub__", set_sub_m),
    method("__xor__", set_xor_m),
    method("__ror__", set_ror_m),
    method("__rand__", set_rand_m),
    method("__rsub__", set_rsub_m),
    method("__rxor__", set_rxor_m),
    method("__ior__", set_ior_m),
    method("__iand__", set_iand_m),
    method("__isub__", set_isub_m),
    method("__ixor__", set_ixor_m),
    method("__repr__", set_repr_m),
    method("__init__", set_init_m),
    method("__reduce__", crate::types::reduce::set_reduce),
];

/// `frozenset` methods.
pub const FROZENSET_METHODS: &[MethodDef] = &[
    method("__reduce__", crate::types::reduce::frozenset_reduce),
    method("copy", set_copy_m),
    method("union", set_union_m),
    method("intersection", set_intersection_m),
    method("difference", set_difference_m),
    method("symmetric_difference", set_symmetric_difference_m),
    method("issubset", set_issubset_m),
    method("issuperset", set_issuperset_m),
    method("isdisjoint", set_isdisjoint_m),
    method("__len__", set_len_m),
    method("__contains__", set_contains_m),
    method("__iter__", set_iter_m),
    method("__eq__", set_eq_m),
    method("__ne__", set_ne_m),
    method("__lt__", set_lt_m),
    method("__le__", set_le_m),
    method("__gt__", set_gt_m),
    method("__ge__", set_ge_m),
    method("__or__", set_or_m),
    method("__and__", set_and_m),
    method("__sub__", set_sub_m),
    method("__xor__", set_xor_m),
    method("__ror__", set_ror_m),
    method("__rand__", set_rand_m),
    method("__rsub__", set_rsub_m),
    method("__rxor__", set_rxor_m),
    method("__repr__", set_repr_m),
    method("__hash__", frozenset_hash_m),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn table_of_hashes(hashes: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for h in hashes {
            t.insert_new(*h, Value::Int(*h));
        }
        t
    }

    // Values from python3.13-ref: hash(frozenset()), hash(frozenset({1, 2, 3})).
    #[test]
    fn frozenset_hash_matches_cpython() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(frozenset_hash(&SetTable::new()), 133146708735736);
        assert_eq!(
            frozenset_hash(&table_of_hashes(&[1, 2, 3])),
            -272375401224217160
        );
        assert_eq!(
            frozenset_hash(&table_of_hashes(&[3, 1, 2])),
            -272375401224217160
        );
    }
}
