//! `range` and `slice`, and the slice/index helpers every sequence uses.
//!
//! Range bounds are machine ints (`Payload::Range` holds `i64`s); all
//! arithmetic on them is done in `i128` so no operation can overflow.

use locus_bytecode::CmpOp;
use num_bigint::Sign;

use crate::iter::{new_iter, IterState};
use crate::names::names;
use crate::object::{Payload, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::types::list::{check_wrapper_args, descriptor_error, not_implemented};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's message for a slice bound that is not an int.
pub const SLICE_INDEX_MSG: &str =
    "slice indices must be integers or None or have an __index__ method";

/// An integer subscript after `__index__`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Index {
    /// Fits in an `i64`.
    Small(i64),
    /// Too large for an `i64`; `true` when negative.
    Huge(bool),
}

/// Converts `k` with `__index__`; `None` when it is not an int and has no `__index__`.
pub fn as_index(vm: &mut Vm, k: &Value) -> PyResult<Option<Index>> {
    match k {
        Value::Int(i) => return Ok(Some(Index::Small(*i))),
        Value::Bool(b) => return Ok(Some(Index::Small(*b as i64))),
        // Ints (and instances of int subclasses) are used as they are.
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            return Ok(Some(index_of_int(k)))
        }
        Value::Obj(_) => {}
        _ => return Ok(None),
    }
    if vm.lookup_special(k, &names().__index__).is_none() {
        return Ok(None);
    }
    Ok(Some(index_of_int(&vm.index_value(k)?)))
}

/// Classifies an int value returned by `vm.index_value`.
fn index_of_int(v: &Value) -> Index {
    match v {
        Value::Int(i) => Index::Small(*i),
        Value::Bool(b) => Index::Small(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => match i64::try_from(b) {
                Ok(i) => Index::Small(i),
                Err(_) => Index::Huge(b.sign() == Sign::Minus),
            },
            _ => Index::Small(0),
        },
        _ => Index::Small(0),
    }
}

/// An `Index` clamped to the `i64` range (as CPython's slice bounds are).
fn clamp_index(i: Index) -> i64 {
    match i {
        Index::Small(i) => i,
        Index::Huge(true) => i64::MIN,
        Index::Huge(false) => i64::MAX,
    }
}

/// One slice bound: `None` when omitted, else the clamped int.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    match as_index(vm, v)? {
        Some(i) => Ok(Some(clamp_index(i))),
        None => Err(vm.type_error(SLICE_INDEX_MSG)),
    }
}

/// The start, stop and step of a slice object, converted and clamped
/// (CPython's `PySlice_Unpack`): step 1 when omitted, never 0.
pub fn unpack_slice(vm: &mut Vm, slice: &Value) -> PyResult<(Option<i64>, Option<i64>, i64)> {
    let Some(Payload::Slice { start, stop, step }) = slice.payload() else {
        return Err(vm.type_error(format!("expected slice, got {}", vm.type_name(slice))));
    };
    let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
    let step = match slice_bound(vm, &step)? {
        None => 1,
        Some(0) => return Err(vm.value_error("slice step cannot be zero")),
        // -i64::MAX so that the step can always be negated.
        Some(s) => s.max(-i64::MAX),
    };
    let start = slice_bound(vm, &start)?;
    let stop = slice_bound(vm, &stop)?;
    Ok((start, stop, step))
}

/// Clamps unpacked slice bounds to a sequence of length `len`; returns
/// `(start, stop, step, slicelength)` (CPython's `PySlice_AdjustIndices`).
pub fn adjust_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: i64,
) -> (i64, i64, i64, usize) {
    let len = len.max(0);
    let clamp = |bound: i64| -> i64 {
        if bound < 0 {
            let b = bound + len;
            if b < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                b
            }
        } else if bound >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            bound
        }
    };
    let start = clamp(start.unwrap_or(if step < 0 { i64::MAX } else { 0 }));
    let stop = clamp(stop.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX }));
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, n as usize)
}

/// Normalises a slice object for a sequence of length `len`:
/// `(start, stop, step, slicelength)` with CPython's errors.
pub fn slice_indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let (start, stop, step) = unpack_slice(vm, slice)?;
    Ok(adjust_indices(
        start,
        stop,
        step,
        i64::try_from(len).unwrap_or(i64::MAX),
    ))
}

/// The positions `start, start+step, ...` (`n` of them) that lie in `0..len`.
pub fn slice_positions(start: i64, step: i64, n: usize, len: usize) -> impl Iterator<Item = usize> {
    (0..n as i128)
        .map(move |i| start as i128 + i * step as i128)
        .take_while(move |p| *p >= 0 && *p < len as i128)
        .map(|p| p as usize)
}

/// Whether `v` is a slice object.
pub fn is_slice(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Slice { .. }))
}

// ---------------------------------------------------------------------
// range
// ---------------------------------------------------------------------

/// Converts a constructor argument to a range bound.
fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<Index> {
    let i = vm.index_value(v)?;
    Ok(index_of_int(&i))
}

/// Constructor: `range(stop)`, `range(start, stop[, step])`.
///
/// Bounds are machine ints: a huge stop is clamped to the i64 range (the
/// sequence is the same for every reachable element); a huge start or step
/// raises OverflowError.
pub fn range_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let given = args.len().saturating_sub(1);
    if given == 0 {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if given > 3 {
        return Err(vm.type_error(format!("range expected at most 3 arguments, got {given}")));
    }
    let mut bounds = Vec::with_capacity(3);
    for a in &args[1..] {
        bounds.push(range_arg(vm, a)?);
    }
    let (start, stop, step) = match bounds.as_slice() {
        [stop] => (Index::Small(0), *stop, Index::Small(1)),
        [start, stop] => (*start, *stop, Index::Small(1)),
        [start, stop, step] => (*start, *stop, *step),
        _ => (Index::Small(0), Index::Small(0), Index::Small(1)),
    };
    if step == Index::Small(0) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    let (Index::Small(start), Index::Small(step)) = (start, step) else {
        return Err(vm.error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        ));
    };
    let stop = match stop {
        Index::Small(s) => s,
        // Beyond every reachable element, or on the empty side.
        Index::Huge(neg) if neg == (step < 0) => clamp_index(stop),
        Index::Huge(_) => start,
    };
    Ok(Value::Obj(PyObject::new(Payload::Range {
        start,
        stop,
        step,
    })))
}

/// Constructor: `slice(stop)`, `slice(start, stop[, step])`.
pub fn slice_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let a = args.get(1..).unwrap_or(&[]);
    let (start, stop, step) = match a {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "slice expected at most 3 arguments, got {}",
                a.len()
            )))
        }
    };
    Ok(Value::Obj(PyObject::new(Payload::Slice {
        start,
        stop,
        step,
    })))
}

/// The bounds of a range value.
fn range_parts(v: &Value) -> Option<(i64, i64, i64)> {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => Some((*start, *stop, *step)),
        _ => None,
    }
}

/// `a == b` for ranges: equal when they produce the same sequence.
pub fn range_eq(a: &Value, b: &Value) -> bool {
    let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
        return false;
    };
    let (Some((s1, _, st1)), Some((s2, _, st2))) = (range_parts(a), range_parts(b)) else {
        return false;
    };
    let n = range_len_of(pa);
    if n != range_len_of(pb) {
        return false;
    }
    n == 0 || (s1 == s2 && (n == 1 || st1 == st2))
}

/// The length of a range payload.
pub fn range_len_of(p: &crate::object::Payload) -> usize {
    match p {
        crate::object::Payload::Range { start, stop, step } => {
            let (start, stop, step) = (*start as i128, *stop as i128, *step as i128);
            let n = if step > 0 {
                (stop - start + step - 1) / step
            } else {
                (start - stop - step - 1) / -step
            };
            n.max(0) as usize
        }
        _ => 0,
    }
}

/// The `i`-th element of a range (`i` already checked against the length).
fn range_item(start: i64, step: i64, i: i128) -> i128 {
    start as i128 + i * step as i128
}

/// An i128 that must fit an i64 (range bounds), or OverflowError.
fn fit_i64(vm: &Vm, v: i128) -> PyResult<i64> {
    i64::try_from(v).map_err(|_| {
        vm.error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `r[k]`: an int for an index, a new range for a slice.
pub fn getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let Some((start, _, step)) = range_parts(c) else {
        return Err(vm.type_error("descriptor '__getitem__' requires a 'range' object"));
    };
    let len = c.payload().map_or(0, range_len_of);
    if is_slice(k) {
        let (s, e, st, _) = slice_indices(vm, k, len)?;
        let new_start = fit_i64(vm, range_item(start, step, s as i128))?;
        let new_stop = fit_i64(vm, range_item(start, step, e as i128))?;
        let new_step = fit_i64(vm, step as i128 * st as i128)?;
        return Ok(Value::Obj(PyObject::new(Payload::Range {
            start: new_start,
            stop: new_stop,
            step: new_step,
        })));
    }
    match as_index(vm, k)? {
        None => Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(k)
        ))),
        Some(Index::Huge(_)) => Err(vm.index_error("range object index out of range")),
        Some(Index::Small(i)) => {
            let i = i as i128 + if i < 0 { len as i128 } else { 0 };
            if i < 0 || i >= len as i128 {
                return Err(vm.index_error("range object index out of range"));
            }
            Ok(Value::Int(fit_i64(vm, range_item(start, step, i))?))
        }
    }
}

/// The position of int `x` in the range, if it is an element.
fn int_position(start: i64, stop: i64, step: i64, x: i64) -> Option<i128> {
    let (start, stop, step, x) = (start as i128, stop as i128, step as i128, x as i128);
    let inside = if step > 0 {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    if inside && (x - start) % step == 0 {
        Some((x - start) / step)
    } else {
        None
    }
}

/// The machine int in `v` when it is an exact int or a bool (the O(1) paths).
fn exact_int(v: &Value) -> Option<Option<i64>> {
    match v {
        Value::Int(i) => Some(Some(*i)),
        Value::Bool(b) => Some(Some(*b as i64)),
        Value::Obj(o) if o.class.is_none() && matches!(o.payload, Payload::BigInt(_)) => Some(None),
        _ => None,
    }
}

/// Linear search comparing each element with `==`: position of the first match.
fn search(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Option<usize>> {
    let Some((start, _, step)) = range_parts(c) else {
        return Ok(None);
    };
    let len = c.payload().map_or(0, range_len_of);
    for i in 0..len {
        let item = Value::Int(range_item(start, step, i as i128) as i64);
        if vm.eq(&item, k)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `k in r`: O(1) for ints, element-wise `==` otherwise.
pub fn contains(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<bool> {
    let Some((start, stop, step)) = range_parts(c) else {
        return Ok(false);
    };
    match exact_int(k) {
        Some(Some(x)) => Ok(int_position(start, stop, step, x).is_some()),
        Some(None) => Ok(false),
        None => Ok(search(vm, c, k)?.is_some()),
    }
}

/// `start`, `stop` and `step` of ranges and slices.
pub fn getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match obj.payload() {
        Some(Payload::Range { start, stop, step }) => Ok(match name {
            "start" => Some(Value::Int(*start)),
            "stop" => Some(Value::Int(*stop)),
            "step" => Some(Value::Int(*step)),
            _ => None,
        }),
        Some(Payload::Slice { start, stop, step }) => Ok(match name {
            "start" => Some(start.clone()),
            "stop" => Some(stop.clone()),
            "step" => Some(step.clone()),
            _ => None,
        }),
        _ => Ok(None),
    }
}

/// The receiver of a range method.
fn recv_range(vm: &Vm, args: &[Value], name: &str) -> PyResult<(i64, i64, i64)> {
    match args.first().and_then(range_parts) {
        Some(p) => Ok(p),
        None => Err(descriptor_error(vm, name, "range", args.first())),
    }
}

fn range_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (start, stop, step) = recv_range(vm, args, "index")?;
    crate::types::list::check_o(vm, "range.index", args, kw)?;
    let x = &args[1];
    match exact_int(x) {
        Some(small) => {
            if let Some(pos) = small.and_then(|i| int_position(start, stop, step, i)) {
                return Ok(Value::Int(pos as i64));
            }
            let r = vm.repr(x)?;
            Err(vm.value_error(format!("{r} is not in range")))
        }
        None => match search(vm, &args[0], x)? {
            Some(i) => Ok(Value::from(i)),
            None => Err(vm.value_error("sequence.index(x): x not in sequence")),
        },
    }
}

fn range_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (start, stop, step) = recv_range(vm, args, "count")?;
    crate::types::list::check_o(vm, "range.count", args, kw)?;
    let x = &args[1];
    match exact_int(x) {
        Some(small) => Ok(Value::Int(
            small
                .and_then(|i| int_position(start, stop, step, i))
                .is_some() as i64,
        )),
        None => {
            let len = args[0].payload().map_or(0, range_len_of);
            let mut count = 0usize;
            for i in 0..len {
                let item = Value::Int(range_item(start, step, i as i128) as i64);
                if vm.eq(&item, x)? {
                    count += 1;
                }
            }
            Ok(Value::from(count))
        }
    }
}

fn range_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_range(vm, args, "__len__")?;
    check_wrapper_args(vm, args, 0)?;
    Ok(Value::from(args[0].payload().map_or(0, range_len_of)))
}

fn range_bool(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_range(vm, args, "__bool__")?;
    check_wrapper_args(vm, args, 0)?;
    Ok(Value::Bool(args[0].payload().map_or(0, range_len_of) != 0))
}

fn range_getitem_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_range(vm, args, "__getitem__")?;
    check_wrapper_args(vm, args, 1)?;
    getitem(vm, &args[0], &args[1])
}

fn range_contains_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_range(vm, args, "__contains__")?;
    check_wrapper_args(vm, args, 1)?;
    contains(vm, &args[0], &args[1]).map(Value::Bool)
}

fn range_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (start, stop, step) = recv_range(vm, args, "__iter__")?;
    check_wrapper_args(vm, args, 0)?;
    Ok(new_iter(IterState::Range {
        next: start,
        stop,
        step,
    }))
}

/// `reversed(range)`: a range iterator running backwards.
fn range_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (start, _, step) = recv_range(vm, args, "__reversed__")?;
    crate::types::list::check_noargs(vm, "range.__reversed__", args, kw)?;
    let len = args[0].payload().map_or(0, range_len_of);
    if len == 0 {
        return Ok(new_iter(IterState::Range {
            next: 0,
            stop: 0,
            step: 1,
        }));
    }
    let last = range_item(start, step, len as i128 - 1);
    let stop = start as i128 - step as i128;
    let clamped = stop.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
    match (i64::try_from(last), step.checked_neg()) {
        (Ok(next), Some(neg)) if clamped as i128 == stop => Ok(new_iter(IterState::Range {
            next,
            stop: clamped,
            step: neg,
        })),
        _ => {
            // Bounds at the edge of the i64 range: list the elements instead.
            let items: Vec<Value> = (0..len as i128)
                .rev()
                .map(|i| Value::Int(range_item(start, step, i) as i64))
                .collect();
            Ok(new_iter(IterState::Values(items, 0)))
        }
    }
}

fn range_eq_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    range_cmp(vm, args, CmpOp::Eq)
}

fn range_ne_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    range_cmp(vm, args, CmpOp::Ne)
}

fn range_cmp(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    recv_range(vm, args, if op == CmpOp::Eq { "__eq__" } else { "__ne__" })?;
    check_wrapper_args(vm, args, 1)?;
    if range_parts(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    let eq = range_eq(&args[0], &args[1]);
    Ok(Value::Bool(if op == CmpOp::Eq { eq } else { !eq }))
}

/// `hash(range)`: the hash of `(len, start, step)`, with `None` for the
/// parts that do not affect the sequence (equal ranges hash equal).
pub fn range_hash(vm: &mut Vm, r: &Value) -> PyResult<i64> {
    let Some((start, _, step)) = range_parts(r) else {
        return Err(descriptor_error(vm, "__hash__", "range", Some(r)));
    };
    let len = r.payload().map_or(0, range_len_of);
    let none = vm.hash(&Value::None)?;
    let parts = match len {
        0 => [crate::hash::hash_i64(0), none, none],
        1 => [crate::hash::hash_i64(1), crate::hash::hash_i64(start), none],
        _ => {
            let n = vm.hash(&Value::from(len))?;
            [n, crate::hash::hash_i64(start), crate::hash::hash_i64(step)]
        }
    };
    Ok(crate::hash::hash_tuple(parts.into_iter()))
}

fn range_hash_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_range(vm, args, "__hash__")?;
    check_wrapper_args(vm, args, 0)?;
    range_hash(vm, &args[0]).map(Value::Int)
}

fn range_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_range(vm, args, "__repr__")?;
    check_wrapper_args(vm, args, 0)?;
    vm.repr_value(&args[0])
}

/// `range` methods.
pub const METHODS: &[MethodDef] = &[
    method("index", range_index),
    method("count", range_count),
    method("__len__", range_len),
    method("__bool__", range_bool),
    method("__getitem__", range_getitem_m),
    method("__contains__", range_contains_m),
    method("__iter__", range_iter),
    method("__reversed__", range_reversed),
    method("__eq__", range_eq_m),
    method("__ne__", range_ne_m),
    method("__hash__", range_hash_m),
    method("__repr__", range_repr),
];

// ---------------------------------------------------------------------
// slice
// ---------------------------------------------------------------------

/// The (start, stop, step) of a slice receiver.
fn recv_slice(vm: &Vm, args: &[Value], name: &str) -> PyResult<(Value, Value, Value)> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Slice { start, stop, step }) => {
            Ok((start.clone(), stop.clone(), step.clone()))
        }
        _ => Err(descriptor_error(vm, name, "slice", args.first())),
    }
}

/// `slice.indices(length)`: `(start, stop, step)` clamped to the length.
fn slice_indices_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_slice(vm, args, "indices")?;
    crate::types::list::check_o(vm, "slice.indices", args, kw)?;
    let len = vm.index_i64(&args[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = unpack_slice(vm, &args[0])?;
    let (start, stop, step, _) = adjust_indices(start, stop, step, len);
    let t = vec![Value::Int(start), Value::Int(stop), Value::Int(step)];
    Ok(Value::Obj(PyObject::new_tuple(t)))
}

/// Slices compare as the tuples `(start, stop, step)`.
fn slice_cmp(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let (a0, a1, a2) = recv_slice(vm, args, "__eq__")?;
    check_wrapper_args(vm, args, 1)?;
    let Some(Payload::Slice { start, stop, step }) = args[1].payload() else {
        return Ok(not_implemented());
    };
    let b = [start.clone(), stop.clone(), step.clone()];
    vm.compare_sequences(&[a0, a1, a2], &b, op).map(Value::Bool)
}

fn slice_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    slice_cmp(vm, args, CmpOp::Eq)
}

fn slice_ne(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    slice_cmp(vm, args, CmpOp::Ne)
}

fn slice_lt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    slice_cmp(vm, args, CmpOp::Lt)
}

fn slice_le(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    slice_cmp(vm, args, CmpOp::Le)
}

fn slice_gt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    slice_cmp(vm, args, CmpOp::Gt)
}

fn slice_ge(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    slice_cmp(vm, args, CmpOp::Ge)
}

/// `slice` methods.
pub const SLICE_METHODS: &[MethodDef] = &[
    method("indices", slice_indices_m),
    method("__eq__", slice_eq),
    method("__ne__", slice_ne),
    method("__lt__", slice_lt),
    method("__le__", slice_le),
    method("__gt__", slice_gt),
    method("__ge__", slice_ge),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn adj(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> (i64, i64, i64, usize) {
        adjust_indices(start, stop, step, len)
    }

    // Expected values from python3.13-ref: slice(a, b, c).indices(len) and len(range(len)[a:b:c]).
    #[test]
    fn full_and_default_slices() {
        assert_eq!(adj(None, None, 1, 10), (0, 10, 1, 10));
        assert_eq!(adj(None, None, -1, 10), (9, -1, -1, 10));
        assert_eq!(adj(None, None, 2, 5), (0, 5, 2, 3));
        assert_eq!(adj(None, None, -2, 5), (4, -1, -2, 3));
        assert_eq!(adj(None, None, 1, 0), (0, 0, 1, 0));
        assert_eq!(adj(None, None, -1, 0), (-1, -1, -1, 0));
    }

    #[test]
    fn negative_and_out_of_range_bounds() {
        assert_eq!(adj(Some(-3), None, 1, 10), (7, 10, 1, 3));
        assert_eq!(adj(Some(-100), Some(2), 1, 10), (0, 2, 1, 2));
        assert_eq!(adj(Some(100), None, 1, 10), (10, 10, 1, 0));
        assert_eq!(adj(Some(7), Some(2), -2, 10), (7, 2, -2, 3));
        assert_eq!(adj(Some(100), Some(-100), -1, 10), (9, -1, -1, 10));
        assert_eq!(adj(Some(4), Some(1), 1, 10), (4, 1, 1, 0));
        assert_eq!(adj(Some(i64::MIN), Some(i64::MAX), 1, 3), (0, 3, 1, 3));
        assert_eq!(
            adj(Some(i64::MAX), Some(i64::MIN), -i64::MAX, 3),
            (2, -1, -i64::MAX, 1)
        );
    }

    #[test]
    fn positions_stay_in_bounds() {
        let p: Vec<usize> = slice_positions(7, -2, 3, 10).collect();
        assert_eq!(p, vec![7, 5, 3]);
        // A list that shrank after the indices were computed.
        let p: Vec<usize> = slice_positions(0, 3, 4, 5).collect();
        assert_eq!(p, vec![0, 3]);
        let p: Vec<usize> = slice_positions(-1, -1, 0, 0).collect();
        assert!(p.is_empty());
    }

    #[test]
    fn range_membership() {
        assert_eq!(int_position(2, 20, 3, 8), Some(2));
        assert_eq!(int_position(2, 20, 3, 20), None);
        assert_eq!(int_position(2, 20, 3, 7), None);
        assert_eq!(int_position(10, 0, -2, 4), Some(3));
        assert_eq!(int_position(10, 0, -2, 0), None);
        assert_eq!(
            int_position(i64::MIN, i64::MAX, i64::MAX, i64::MAX - 1),
            Some(2)
        );
    }

    #[test]
    fn range_lengths() {
        let len = |start, stop, step| range_len_of(&Payload::Range { start, stop, step });
        assert_eq!(len(0, 10, 3), 4);
        assert_eq!(len(10, 0, -3), 4);
        assert_eq!(len(0, -5, 1), 0);
        assert_eq!(len(i64::MIN, i64::MAX, 1), u64::MAX as usize);
    }
}
