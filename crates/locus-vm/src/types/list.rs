//! `list`, its sort, and small helpers shared by the container types
//! (argument checks with CPython's messages, repr recursion guards).
//!
//! Rule followed throughout: the list's cell is never borrowed across a
//! call that can run Python code; items are cloned out first.

use locus_bytecode::{BinOp, CmpOp};

use crate::builtin_types::exc;
use crate::iter::{new_iter, IterState};
use crate::object::{Payload, PyCell, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::types::range::{as_index, is_slice, slice_indices, slice_positions, Index};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

// ---------------------------------------------------------------------
// Helpers shared by list, tuple, dict, set and range
// ---------------------------------------------------------------------

/// `NotImplemented`.
pub(crate) fn not_implemented() -> Value {
    crate::typeobj::singletons().not_implemented.clone()
}

/// The TypeError for a method descriptor called on the wrong kind of object.
pub(crate) fn descriptor_error(vm: &Vm, name: &str, owner: &str, recv: Option<&Value>) -> PyErr {
    match recv {
        Some(v) => vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
        None => vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )),
    }
}

/// Rejects keyword arguments: `qual() takes no keyword arguments`.
pub(crate) fn no_kw(vm: &Vm, qual: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{qual}() takes no keyword arguments")))
    }
}

/// A one-argument method (receiver plus one).
pub(crate) fn check_o(vm: &Vm, qual: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<()> {
    no_kw(vm, qual, kw)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

/// A method without arguments.
pub(crate) fn check_noargs(
    vm: &Vm,
    qual: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    no_kw(vm, qual, kw)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{qual}() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A method with `min..=max` positional arguments (after the receiver),
/// with the messages of CPython's argument parser.
pub(crate) fn check_args(
    vm: &Vm,
    name: &str,
    qual: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(vm, qual, kw)?;
    let n = args.len().saturating_sub(1);
    let msg = if min == max && n != min {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else if n > max {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    } else {
        return Ok(());
    };
    Err(vm.type_error(msg))
}

/// A special method's wrapper: exactly `n` arguments after the receiver.
pub(crate) fn check_wrapper_args(vm: &Vm, args: &[Value], n: usize) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given != n {
        return Err(vm.type_error(format!("expected {n} argument{}, got {given}", plural(n))));
    }
    Ok(())
}

/// Starts the repr of container `o`; false when it is already being
/// printed further up (the caller then prints `[...]` or the like).
pub(crate) fn repr_enter(vm: &mut Vm, o: &ObjRef) -> PyResult<bool> {
    vm.check_native_stack(" while getting the repr of an object")?;
    let id = crate::gil_rc::GilRc::as_ptr(o) as usize;
    if vm.repr_stack.contains(&id) {
        return Ok(false);
    }
    if vm.repr_stack.len() >= vm.recursion_limit {
        return Err(vm.recursion_error(" while getting the repr of an object"));
    }
    vm.repr_stack.push(id);
    Ok(true)
}

/// Ends a repr started with [`repr_enter`].
pub(crate) fn repr_leave(vm: &mut Vm, o: &ObjRef) {
    let id = crate::gil_rc::GilRc::as_ptr(o) as usize;
    if let Some(pos) = vm.repr_stack.iter().rposition(|x| *x == id) {
        vm.repr_stack.truncate(pos);
    }
}

/// The repr of a builtin-subclass instance `o`, made by printing `exact`
/// (a plain copy of its contents) under a recursion guard for `o`.
pub(crate) fn repr_via_exact(
    vm: &mut Vm,
    o: &ObjRef,
    exact: Value,
    recursive: &str,
) -> PyResult<String> {
    if !repr_enter(vm, o)? {
        return Ok(recursive.to_string());
    }
    let r = vm.repr(&exact);
    repr_leave(vm, o);
    r
}

/// `MemoryError()` (no message, as CPython's).
pub(crate) fn memory_error(vm: &Vm) -> PyErr {
    vm.new_exception(exc("MemoryError"), vec![])
}

/// A vector with room for `n` values, or MemoryError.
pub(crate) fn try_vec(vm: &Vm, n: usize) -> PyResult<Vec<Value>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error(vm))?;
    Ok(v)
}

/// The repeat count of `seq * n`; `None` when `n` is not an int.
pub(crate) fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    match as_index(vm, n)? {
        None => Ok(None),
        Some(Index::Huge(_)) => Err(vm.error(
            "OverflowError",
            "cannot fit 'int' into an index-sized integer",
        )),
        Some(Index::Small(i)) => Ok(Some(usize::try_from(i.max(0)).unwrap_or(0))),
    }
}

/// Whether `other` is an instance of a Python class defining the reflected
/// operator `rname`: sequence operators then answer NotImplemented so
/// that it gets its turn (CPython tries number slots before sequence ones).
pub(crate) fn defers_to(vm: &Vm, other: &Value, rname: &Value) -> bool {
    matches!(other, Value::Obj(o) if o.class.is_some()) && vm.lookup_special(other, rname).is_some()
}

/// `items * count`, or MemoryError when it cannot be allocated.
pub(crate) fn repeat_items(vm: &Vm, items: &[Value], count: usize) -> PyResult<Vec<Value>> {
    if items.is_empty() || count == 0 {
        return Ok(Vec::new());
    }
    let total = items
        .len()
        .checked_mul(count)
        .ok_or_else(|| memory_error(vm))?;
    let mut out = try_vec(vm, total)?;
    for _ in 0..count {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// The TypeError of `seq * x` for a non-int `x`.
pub(crate) fn cant_multiply(vm: &Vm, n: &Value) -> PyErr {
    vm.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name(n)
    ))
}

/// `start`/`stop` arguments of `index()`: an int, clamped and made
/// non-negative against `len` (as `list.index` and `tuple.index` do).
pub(crate) fn index_bounds(vm: &mut Vm, bounds: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let mut out = [0i64, i64::MAX];
    for (slot, v) in out.iter_mut().zip(bounds.iter()) {
        *slot = match as_index(vm, v)? {
            Some(Index::Small(i)) => i,
            Some(Index::Huge(neg)) => {
                if neg {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
            None => {
                return Err(
                    vm.type_error("slice indices must be integers or have an __index__ method")
                )
            }
        };
    }
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let fix = |i: i64| -> usize {
        let i = if i < 0 { (i + len).max(0) } else { i };
        usize::try_from(i).unwrap_or(usize::MAX)
    };
    Ok((fix(out[0]), fix(out[1])))
}

/// Collects an iterable; a TypeError from `iter()` itself becomes `msg`
/// (CPython's `PySequence_Fast`).
pub(crate) fn collect_or(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        if o.class.is_none() {
            match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => return Err(vm.type_error(msg)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// Normalises an index against `len` (negative counts from the end).
pub(crate) fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let j = if i < 0 { i.checked_add(len)? } else { i };
    if (0..len).contains(&j) {
        Some(j as usize)
    } else {
        None
    }
}

// ---------------------------------------------------------------------
// list
// ---------------------------------------------------------------------

/// A new exact list.
fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new_list(items))
}

/// The list cell of a method's receiver, or the descriptor TypeError.
fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyCell<Vec<Value>>> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(descriptor_error(vm, name, "list", args.first())),
    }
}

/// The list cell of `v`.
fn cell_of(v: &Value) -> Option<&PyCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l),
        _ => None,
    }
}

/// A snapshot of a list's items (empty if `v` is not a list).
fn items_of(v: &Value) -> Vec<Value> {
    cell_of(v).map(|l| l.borrow().clone()).unwrap_or_default()
}

/// Constructor (`list.__new__`): an empty list of class `args[0]`; the
/// items are added by `list.__init__`, as in CPython.
pub fn list_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.type_error("list.__new__(X): X is not a type object"));
    };
    Ok(Value::Obj(PyObject::new_with_class_if(
        cls,
        Payload::List(PyCell::new(Vec::new())),
    )))
}

/// `list(iterable)` as a value, for Rust callers.
pub fn list_from_iterable(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_list(vm.collect_sized(v)?))
}

/// `l[k]`: an item for an index, a new list for a slice.
pub fn getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let Some(cell) = cell_of(c) else {
        return Err(descriptor_error(vm, "__getitem__", "list", Some(c)));
    };
    if is_slice(k) {
        let len = cell.borrow().len();
        let (start, _, step, n) = slice_indices(vm, k, len)?;
        let items = cell.borrow();
        let out: Vec<Value> = slice_positions(start, step, n, items.len())
            .map(|p| items[p].clone())
            .collect();
        return Ok(new_list(out));
    }
    match as_index(vm, k)? {
        None => Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(k)
        ))),
        Some(Index::Huge(_)) => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
        Some(Index::Small(i)) => {
            let items = cell.borrow();
            match normalize_index(i, items.len()) {
                Some(j) => Ok(items[j].clone()),
                None => Err(vm.index_error("list index out of range")),
            }
        }
    }
}

/// Replaces the slice `start:stop:step` (`n` positions) of `list` by
/// `items`; returns the removed values, or `Err((given, n))` when an
/// extended slice gets a sequence of the wrong size.
pub(crate) fn assign_slice(
    list: &mut Vec<Value>,
    start: i64,
    stop: i64,
    step: i64,
    n: usize,
    items: Vec<Value>,
) -> Result<Vec<Value>, (usize, usize)> {
    let len = list.len();
    if step == 1 {
        let lo = usize::try_from(start.max(0)).unwrap_or(0).min(len);
        let hi = usize::try_from(stop.max(0)).unwrap_or(0).clamp(lo, len);
        return Ok(list.splice(lo..hi, items).collect());
    }
    if items.len() != n {
        return Err((items.len(), n));
    }
    let mut removed = Vec::with_capacity(n);
    for (p, v) in slice_positions(start, step, n, len).zip(items) {
        removed.push(std::mem::replace(&mut list[p], v));
    }
    Ok(removed)
}

/// Removes the slice `start:stop:step` (`n` positions); returns the removed values.
pub(crate) fn delete_slice(
    list: &mut Vec<Value>,
    start: i64,
    stop: i64,
    step: i64,
    n: usize,
) -> Vec<Value> {
    let len = list.len();
    if step == 1 {
        let lo = usize::try_from(start.max(0)).unwrap_or(0).min(len);
        let hi = usize::try_from(stop.max(0)).unwrap_or(0).clamp(lo, len);
        return list.drain(lo..hi).collect();
    }
    let mut doomed = vec![false; len];
    for p in slice_positions(start, step, n, len) {
        doomed[p] = true;
    }
    let mut removed = Vec::with_capacity(n);
    let mut kept = Vec::with_capacity(len.saturating_sub(n));
    for (v, d) in std::mem::take(list).into_iter().zip(doomed) {
        if d {
            removed.push(v);
        } else {
            kept.push(v);
        }
    }
    *list = kept;
    removed
}

/// `l[k] = v`, including slice assignment.
pub fn setitem(vm: &mut Vm, c: &Value, k: &Value, v: Value) -> PyResult<()> {
    let Some(cell) = cell_of(c) else {
        return Err(descriptor_error(vm, "__setitem__", "list", Some(c)));
    };
    if is_slice(k) {
        let len = cell.borrow().len();
        let (start, stop, step, n) = slice_indices(vm, k, len)?;
        // CPython 3.13 uses this message for every slice assignment.
        let items = if v.is(c) {
            cell.borrow().clone()
        } else {
            collect_or(vm, &v, "must assign iterable to extended slice")?
        };
        let result = assign_slice(&mut cell.borrow_mut(), start, stop, step, n, items);
        return match result {
            Ok(removed) => {
                drop(removed);
                Ok(())
            }
            Err((given, size)) => Err(vm.value_error(format!(
                "attempt to assign sequence of size {given} to extended slice of size {size}"
            ))),
        };
    }
    match as_index(vm, k)? {
        None => Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(k)
        ))),
        Some(Index::Huge(_)) => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
        Some(Index::Small(i)) => {
            let old = {
                let mut items = cell.borrow_mut();
                match normalize_index(i, items.len()) {
                    Some(j) => std::mem::replace(&mut items[j], v),
                    None => {
                        drop(items);
                        return Err(vm.index_error("list assignment index out of range"));
                    }
                }
            };
            drop(old);
            Ok(())
        }
    }
}

/// `del l[k]`.
pub fn delitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<()> {
    let Some(cell) = cell_of(c) else {
        return Err(descriptor_error(vm, "__delitem__", "list", Some(c)));
    };
    if is_slice(k) {
        let len = cell.borrow().len();
        let (start, stop, step, n) = slice_indices(vm, k, len)?;
        let removed = delete_slice(&mut cell.borrow_mut(), start, stop, step, n);
        drop(removed);
        return Ok(());
    }
    match as_index(vm, k)? {
        None => Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(k)
        ))),
        Some(Index::Huge(_)) => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
        Some(Index::Small(i)) => {
            let removed = {
                let mut items = cell.borrow_mut();
                normalize_index(i, items.len()).map(|j| items.remove(j))
            };
            match removed {
                Some(v) => {
                    drop(v);
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
    }
}

/// `a + b` and `a * n` with `a` an exact list.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => match cell_of(b) {
            Some(_) => Ok(Some(concat(vm, a, b)?)),
            None => Err(vm.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                vm.type_name(b)
            ))),
        },
        BinOp::Mul => match repeat_count(vm, b)? {
            Some(n) => Ok(Some(new_list(repeat_items(vm, &items_of(a), n)?))),
            None => Err(cant_multiply(vm, b)),
        },
        _ => Ok(None),
    }
}

/// A new list with the items of lists `a` and `b`.
fn concat(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (items_of(a), items_of(b));
    let mut out = try_vec(vm, x.len() + y.len())?;
    out.extend(x);
    out.extend(y);
    Ok(new_list(out))
}

/// `a += b` (extends with any iterable) and `a *= n`, `a` an exact list.
pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            extend_from(vm, a, b)?;
            Ok(Some(a.clone()))
        }
        BinOp::Mul => match repeat_count(vm, b)? {
            Some(n) => {
                repeat_in_place(vm, a, n)?;
                Ok(Some(a.clone()))
            }
            None => Err(cant_multiply(vm, b)),
        },
        _ => Ok(None),
    }
}

/// Appends the items of iterable `it` to list `l`.
fn extend_from(vm: &mut Vm, l: &Value, it: &Value) -> PyResult<()> {
    let items = vm.collect_sized(it)?;
    if let Some(cell) = cell_of(l) {
        let mut dst = cell.borrow_mut();
        dst.try_reserve(items.len()).map_err(|_| memory_error(vm))?;
        dst.extend(items);
    }
    Ok(())
}

/// `l *= n`.
fn repeat_in_place(vm: &Vm, l: &Value, n: usize) -> PyResult<()> {
    let Some(cell) = cell_of(l) else {
        return Ok(());
    };
    let items = cell.borrow().clone();
    let new = repeat_items(vm, &items, n)?;
    let old = std::mem::replace(&mut *cell.borrow_mut(), new);
    drop(old);
    Ok(())
}

// ---------------------------------------------------------------------
// Sorting
// ---------------------------------------------------------------------

/// `a < b` as used by sorting (only `<` is ever called, as in CPython).
fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_less_than(a, b, 0) {
        return Ok(r);
    }
    match vm.compare(a, b, CmpOp::Lt)? {
        Value::Bool(r) => Ok(r),
        r => vm.truthy(&r),
    }
}

/// `a < b` for the builtin keys sorts mostly see — ints, floats, exact
/// strs and tuples of them — where no Python code can be involved; `None`
/// otherwise. Tuples compare as CPython's: `==` up to the first
/// differing item, then `<` on that item.
fn fast_less_than(a: &Value, b: &Value, nesting: usize) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        (Value::Obj(x), Value::Obj(y)) if x.class.is_none() && y.class.is_none() => {
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() < t.as_str()),
                (Payload::Tuple(s), Payload::Tuple(t)) if nesting < 16 => {
                    for (p, q) in s.iter().zip(t.iter()) {
                        if !crate::dict::fast_eq(p, q)? {
                            return fast_less_than(p, q, nesting + 1);
                        }
                    }
                    Some(s.len() < t.len())
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// Sorts `items` as `list.sort` does: stable, `key` called once per item
/// in order, `reverse` keeping equal items in their original order. Only
/// `<` is used, with the same sequence of comparisons as CPython for
/// fewer than 64 items. On error the items are left unchanged.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in items.iter() {
                keys.push(vm.call(f, std::slice::from_ref(x), &[])?);
            }
            keys
        }
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    stable_sort(&mut order, &mut |a: &usize, b: &usize| {
        less_than(vm, &keys[*a], &keys[*b])
    })?;
    if reverse {
        order.reverse();
    }
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// The minimum run length for `n` items (between 32 and 64 for large n).
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// A stable sort using only a fallible `lt`: natural runs extended to a
/// minimum length by binary insertion, then merged.
pub(crate) fn stable_sort<T: Copy, E>(
    v: &mut [T],
    lt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = min_run(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut run = count_run(&mut v[lo..], lt)?;
        if run < minrun {
            let force = minrun.min(n - lo);
            binary_insertion(&mut v[lo..lo + force], run, lt)?;
            run = force;
        }
        runs.push((lo, run));
        lo += run;
    }
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len().div_ceil(2));
        for pair in runs.chunks(2) {
            match pair {
                [(a, la), (_, lb)] => {
                    merge(v, *a, a + la, a + la + lb, lt)?;
                    merged.push((*a, la + lb));
                }
                [single] => merged.push(*single),
                _ => {}
            }
        }
        runs = merged;
    }
    Ok(())
}

/// The length of the run at the start of `v`, made ascending: a
/// non-descending prefix, or a descending one (equal neighbours allowed)
/// which is reversed in a stable way, extended by what follows in order.
fn count_run<T: Copy, E>(
    v: &mut [T],
    lt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<usize, E> {
    let len = v.len();
    let mut n = 1;
    while n < len && !lt(&v[n], &v[n - 1])? {
        n += 1;
    }
    if n == len {
        return Ok(n);
    }
    // v[n] < v[n-1]: the ascending part stops here.
    if n > 1 {
        if lt(&v[0], &v[n - 1])? {
            return Ok(n);
        }
        // All of v[..n] are equal: they start a descending run.
        v[..n].reverse();
    }
    n += 1;
    let mut equal = 0;
    while n < len {
        if lt(&v[n], &v[n - 1])? {
            reverse_equal_tail(v, n, &mut equal);
        } else if lt(&v[n - 1], &v[n])? {
            break;
        } else {
            equal += 1;
        }
        n += 1;
    }
    reverse_equal_tail(v, n, &mut equal);
    v[..n].reverse();
    while n < len && !lt(&v[n], &v[n - 1])? {
        n += 1;
    }
    Ok(n)
}

/// Reverses the last `equal + 1` items of `v[..n]` (a group of equal items
/// inside a descending run, so that reversing the whole run keeps them in order).
fn reverse_equal_tail<T>(v: &mut [T], n: usize, equal: &mut usize) {
    if *equal > 0 {
        v[n - *equal - 1..n].reverse();
        *equal = 0;
    }
}

/// Sorts `v`, whose first `sorted` items are already in order, by binary insertion.
fn binary_insertion<T: Copy, E>(
    v: &mut [T],
    sorted: usize,
    lt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    for start in sorted.max(1)..v.len() {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if lt(&pivot, &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// Merges the sorted ranges `v[lo..mid]` and `v[mid..hi]` stably.
fn merge<T: Copy, E>(
    v: &mut [T],
    lo: usize,
    mid: usize,
    hi: usize,
    lt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let left: Vec<T> = v[lo..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, lo);
    while i < left.len() && j < hi {
        if lt(&v[j], &left[i])? {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    Ok(())
}

// ---------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------

fn list_append(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "append")?;
    check_o(vm, "list.append", args, kw)?;
    cell.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "extend")?;
    check_o(vm, "list.extend", args, kw)?;
    extend_from(vm, &args[0], &args[1])?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "insert")?;
    check_args(vm, "insert", "list.insert", args, kw, 2, 2)?;
    let i = vm.index_i64(&args[1])?;
    let mut items = cell.borrow_mut();
    let len = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let pos = if i < 0 {
        (i.saturating_add(len)).max(0)
    } else {
        i.min(len)
    };
    items.insert(pos as usize, args[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "pop")?;
    check_args(vm, "pop", "list.pop", args, kw, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.index_i64(v)?,
        None => -1,
    };
    let mut items = cell.borrow_mut();
    if items.is_empty() {
        drop(items);
        return Err(vm.index_error("pop from empty list"));
    }
    match normalize_index(i, items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => {
            drop(items);
            Err(vm.index_error("pop index out of range"))
        }
    }
}

/// The position of the first item equal to `x` in `start..stop`, reading
/// the list afresh at each step (`==` may change it).
fn find(
    vm: &mut Vm,
    cell: &PyCell<Vec<Value>>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = cell.borrow().get(i).cloned() else {
            break;
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "remove")?;
    check_o(vm, "list.remove", args, kw)?;
    let Some(i) = find(vm, cell, &args[1], 0, usize::MAX)? else {
        return Err(vm.value_error("list.remove(x): x not in list"));
    };
    let removed = {
        let mut items = cell.borrow_mut();
        (i < items.len()).then(|| items.remove(i))
    };
    drop(removed);
    Ok(Value::None)
}

fn list_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "index")?;
    check_args(vm, "index", "list.index", args, kw, 1, 3)?;
    let len = cell.borrow().len();
    let (start, stop) = index_bounds(vm, &args[2..], len)?;
    match find(vm, cell, &args[1], start, stop)? {
        Some(i) => Ok(Value::from(i)),
        None => {
            let r = vm.repr(&args[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "count")?;
    check_o(vm, "list.count", args, kw)?;
    let mut n = 0usize;
    let mut i = 0;
    loop {
        let Some(item) = cell.borrow().get(i).cloned() else {
            break;
        };
        if vm.eq(&item, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::from(n))
}

fn list_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "clear")?;
    check_noargs(vm, "list.clear", args, kw)?;
    let old = std::mem::take(&mut *cell.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "copy")?;
    check_noargs(vm, "list.copy", args, kw)?;
    let items = cell.borrow().clone();
    Ok(new_list(items))
}

fn list_reverse(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "reverse")?;
    check_noargs(vm, "list.reverse", args, kw)?;
    cell.borrow_mut().reverse();
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`.
fn list_sort(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "sort")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    if kw.len() > 2 {
        return Err(vm.type_error(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            kw.len()
        )));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kw {
        match k.as_str() {
            Some("key") => key = (!v.is_none()).then(|| v.clone()),
            Some("reverse") => reverse = vm.truthy(v)?,
            _ => {
                let name = vm.to_str(k)?;
                return Err(vm.type_error(format!(
                    "sort() got an unexpected keyword argument '{name}'"
                )));
            }
        }
    }
    // The list is empty while it is sorted, as in CPython.
    let mut items = std::mem::take(&mut *cell.borrow_mut());
    let result = sort_values(vm, &mut items, key.as_ref(), reverse);
    let meddled = std::mem::replace(&mut *cell.borrow_mut(), items);
    result?;
    if !meddled.is_empty() {
        drop(meddled);
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__len__")?;
    check_wrapper_args(vm, args, 0)?;
    let n = cell.borrow().len();
    Ok(Value::from(n))
}

fn list_getitem_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__getitem__")?;
    check_o(vm, "list.__getitem__", args, kw)?;
    getitem(vm, &args[0], &args[1])
}

fn list_setitem_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__setitem__")?;
    check_wrapper_args(vm, args, 2)?;
    setitem(vm, &args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn list_delitem_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__delitem__")?;
    check_wrapper_args(vm, args, 1)?;
    delitem(vm, &args[0], &args[1])?;
    Ok(Value::None)
}

fn list_contains_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__contains__")?;
    check_wrapper_args(vm, args, 1)?;
    Ok(Value::Bool(
        find(vm, cell, &args[1], 0, usize::MAX)?.is_some(),
    ))
}

fn list_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__iter__")?;
    check_wrapper_args(vm, args, 0)?;
    match &args[0] {
        Value::Obj(o) => Ok(new_iter(IterState::List(o.clone(), 0))),
        _ => Ok(new_iter(IterState::Exhausted)),
    }
}

/// `reversed(list)`: iterates a snapshot of the items, last first.
fn list_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__reversed__")?;
    check_noargs(vm, "list.__reversed__", args, kw)?;
    let mut items = cell.borrow().clone();
    items.reverse();
    Ok(new_iter(IterState::Values(items, 0)))
}

fn list_add_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__add__")?;
    check_wrapper_args(vm, args, 1)?;
    if cell_of(&args[1]).is_none() {
        if defers_to(vm, &args[1], &crate::names::names().__radd__) {
            return Ok(not_implemented());
        }
        return Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&args[1])
        )));
    }
    concat(vm, &args[0], &args[1])
}

fn list_iadd_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__iadd__")?;
    check_wrapper_args(vm, args, 1)?;
    extend_from(vm, &args[0], &args[1])?;
    Ok(args[0].clone())
}

fn list_mul_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__mul__")?;
    check_wrapper_args(vm, args, 1)?;
    match repeat_count(vm, &args[1])? {
        Some(n) => Ok(new_list(repeat_items(vm, &items_of(&args[0]), n)?)),
        None if defers_to(vm, &args[1], &crate::names::names().__rmul__) => Ok(not_implemented()),
        None => Err(cant_multiply(vm, &args[1])),
    }
}

fn list_imul_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__imul__")?;
    check_wrapper_args(vm, args, 1)?;
    match repeat_count(vm, &args[1])? {
        Some(n) => {
            repeat_in_place(vm, &args[0], n)?;
            Ok(args[0].clone())
        }
        None => Ok(not_implemented()),
    }
}

/// Rich comparison of two lists; NotImplemented when `other` is not a list.
fn list_cmp(vm: &mut Vm, args: &[Value], op: CmpOp, name: &str) -> PyResult<Value> {
    recv(vm, args, name)?;
    check_wrapper_args(vm, args, 1)?;
    if cell_of(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    let (a, b) = (items_of(&args[0]), items_of(&args[1]));
    vm.compare_sequences(&a, &b, op).map(Value::Bool)
}

fn list_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::Eq, "__eq__")
}

fn list_ne(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::Ne, "__ne__")
}

fn list_lt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::Lt, "__lt__")
}

fn list_le(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::Le, "__le__")
}

fn list_gt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::Gt, "__gt__")
}

fn list_ge(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::Ge, "__ge__")
}

/// `repr(list)`, also for instances of subclasses.
fn list_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__repr__")?;
    check_wrapper_args(vm, args, 0)?;
    let v = &args[0];
    match v {
        Value::Obj(o) if o.class.is_some() => {
            let exact = new_list(items_of(v));
            repr_via_exact(vm, o, exact, "[...]").map(Value::str)
        }
        _ => vm.repr_value(v),
    }
}

/// `list.__init__(iterable=())`: clears the list, then extends it.
fn list_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__init__")?;
    no_kw(vm, "list", kw)?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let old = std::mem::take(&mut *cell.borrow_mut());
    drop(old);
    if let Some(it) = args.get(1) {
        extend_from(vm, &args[0], it)?;
    }
    Ok(Value::None)
}

/// `list` methods.
pub const METHODS: &[MethodDef] = &[
    method("append", list_append),
    method("extend", list_extend),
    method("insert", list_insert),
    method("pop", list_pop),
    method("remove", list_remove),
    method("index", list_index),
    method("count", list_count),
    method("clear", list_clear),
    method("copy", list_copy),
    method("reverse", list_reverse),
    method("sort", list_sort),
    method("__len__", list_len),
    method("__getitem__", list_getitem_m),
    method("__setitem__", list_setitem_m),
    method("__delitem__", list_delitem_m),
    method("__contains__", list_contains_m),
    method("__iter__", list_iter),
    method("__reversed__", list_reversed),
    method("__add__", list_add_m),
    method("__iadd__", list_iadd_m),
    method("__mul__", list_mul_m),
    method("__rmul__", list_mul_m),
    method("__imul__", list_imul_m),
    method("__eq__", list_eq),
    method("__ne__", list_ne),
    method("__lt__", list_lt),
    method("__le__", list_le),
    method("__gt__", list_gt),
    method("__ge__", list_ge),
    method("__repr__", list_repr),
    method("__init__", list_init),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny deterministic generator for test data.
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    fn sort_keys(keys: &[i64]) -> (Vec<usize>, Vec<(usize, usize)>) {
        let mut order: Vec<usize> = (0..keys.len()).collect();
        let mut log = Vec::new();
        let r: Result<(), ()> = stable_sort(&mut order, &mut |a: &usize, b: &usize| {
            log.push((*a, *b));
            Ok(keys[*a] < keys[*b])
        });
        assert!(r.is_ok());
        (order, log)
    }

    #[test]
    fn sort_is_stable_and_correct() {
        let _lock = crate::threads::lock::LockHold::new();
        let mut seed = 7;
        for n in [0usize, 1, 2, 3, 10, 63, 64, 65, 100, 257, 1000] {
            for modulus in [3u64, 1000] {
                let keys: Vec<i64> = (0..n).map(|_| (lcg(&mut seed) % modulus) as i64).collect();
                let (order, _) = sort_keys(&keys);
                let mut expected: Vec<usize> = (0..n).collect();
                expected.sort_by_key(|&i| keys[i]); // std's sort is stable
                assert_eq!(order, expected, "n={n} modulus={modulus}");
            }
        }
    }

    #[test]
    fn descending_runs_keep_equal_items_in_order() {
        let _lock = crate::threads::lock::LockHold::new();
        let keys = [5, 5, 4, 4, 4, 3, 1, 1, 0];
        let (order, _) = sort_keys(&keys);
        assert_eq!(order, vec![8, 6, 7, 5, 2, 3, 4, 0, 1]);
    }

    // Comparison sequences recorded from python3.13-ref with a class whose
    // __lt__ logs (self index, other index).
    #[test]
    fn small_sort_compares_like_cpython() {
        let _lock = crate::threads::lock::LockHold::new();
        let (_, log) = sort_keys(&[1, 0]);
        assert_eq!(log, vec![(1, 0)]);
        let (order, log) = sort_keys(&[3, 1, 2]);
        assert_eq!(order, vec![1, 2, 0]);
        assert_eq!(log, vec![(1, 0), (2, 1), (1, 2), (2, 0), (2, 0), (2, 1)]);
        let (order, log) = sort_keys(&[2, 2, 1, 3]);
        assert_eq!(order, vec![2, 0, 1, 3]);
        assert_eq!(log, vec![(1, 0), (2, 1), (0, 1), (3, 2), (2, 3), (3, 1)]);
        let (_, log) = sort_keys(&[5, 5, 4, 4, 4, 3, 1, 1, 0]);
        let expected = [
            (1, 0),
            (2, 1),
            (0, 1),
            (3, 2),
            (2, 3),
            (4, 3),
            (3, 4),
            (5, 4),
            (6, 5),
            (7, 6),
            (6, 7),
            (8, 7),
        ];
        assert_eq!(log, expected.to_vec());
    }

    #[test]
    fn errors_stop_the_sort() {
        let _lock = crate::threads::lock::LockHold::new();
        let mut order: Vec<usize> = (0..10).collect();
        let mut calls = 0;
        let r: Result<(), &str> = stable_sort(&mut order, &mut |a: &usize, b: &usize| {
            calls += 1;
            if calls == 4 {
                Err("boom")
            } else {
                Ok(a > b)
            }
        });
        assert_eq!(r, Err("boom"));
        assert_eq!(calls, 4);
    }

    #[test]
    fn minimum_runs() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(min_run(10), 10);
        assert_eq!(min_run(63), 63);
        assert_eq!(min_run(64), 32);
        assert_eq!(min_run(65), 33);
        assert_eq!(min_run(2112), 33);
    }

    fn ints(v: &[i64]) -> Vec<Value> {
        v.iter().map(|i| Value::Int(*i)).collect()
    }

    fn as_ints(v: &[Value]) -> Vec<i64> {
        v.iter()
            .map(|x| if let Value::Int(i) = x { *i } else { -999 })
            .collect()
    }

    #[test]
    fn slice_assignment() {
        let _lock = crate::threads::lock::LockHold::new();
        // a = list(range(8)); a[2:4] = [10, 11, 12]
        let mut a = ints(&[0, 1, 2, 3, 4, 5, 6, 7]);
        let removed = assign_slice(&mut a, 2, 4, 1, 2, ints(&[10, 11, 12])).unwrap_or_default();
        assert_eq!(as_ints(&a), vec![0, 1, 10, 11, 12, 4, 5, 6, 7]);
        assert_eq!(as_ints(&removed), vec![2, 3]);
        // b[4:1] = [9] inserts at 4
        let mut b = ints(&[0, 1, 2, 3, 4, 5]);
        assert!(assign_slice(&mut b, 4, 1, 1, 0, ints(&[9])).is_ok());
        assert_eq!(as_ints(&b), vec![0, 1, 2, 3, 9, 4, 5]);
        // b[::-2] = [50, 30, 10]
        let mut c = ints(&[0, 1, 2, 3, 4, 5]);
        assert!(assign_slice(&mut c, 5, -1, -2, 3, ints(&[50, 30, 10])).is_ok());
        assert_eq!(as_ints(&c), vec![0, 10, 2, 30, 4, 50]);
        // size mismatch
        let mut d = ints(&[0, 1, 2, 3, 4, 5]);
        assert_eq!(
            assign_slice(&mut d, 0, 6, 2, 3, ints(&[1, 2])).err(),
            Some((2, 3))
        );
    }

    #[test]
    fn slice_deletion() {
        let _lock = crate::threads::lock::LockHold::new();
        let mut a = ints(&[0, 1, 2, 3, 4, 5, 6, 7]);
        delete_slice(&mut a, 0, 8, 2, 4);
        assert_eq!(as_ints(&a), vec![1, 3, 5, 7]);
        let mut b = ints(&[0, 1, 2, 3, 4]);
        delete_slice(&mut b, 4, 1, -2, 2);
        assert_eq!(as_ints(&b), vec![0, 1, 3]);
        let mut c = ints(&[0, 1, 2]);
        delete_slice(&mut c, 1, 0, 1, 0);
        assert_eq!(as_ints(&c), vec![0, 1, 2]);
    }

    #[test]
    fn index_normalisation() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(normalize_index(-1, 3), Some(2));
        assert_eq!(normalize_index(3, 3), None);
        assert_eq!(normalize_index(-4, 3), None);
        assert_eq!(normalize_index(i64::MIN, 3), None);
        assert_eq!(normalize_index(0, 0), None);
    }
}
