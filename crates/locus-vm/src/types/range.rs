//! `range` and `slice`, and the slice/index helpers every sequence uses.
//!
//! A range holds machine-int bounds when they fit (arithmetic in `i128`, so
//! no operation can overflow) and big-int bounds otherwise ([`RangeData`]).

use locus_bytecode::CmpOp;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::iter::{new_iter, IterState};
use crate::names::names;
use crate::object::{Payload, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::types::int::{bigint_to_decimal, int_ref, IntRef};
use crate::types::list::{check_wrapper_args, descriptor_error, not_implemented};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

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

/// The bounds of a range object.
///
/// Ranges whose three bounds fit in an `i64` (nearly all of them) use the
/// `Small` form: their iteration is allocation-free and their arithmetic is
/// done in `i128`, where no operation can overflow. Any other range keeps
/// big-int bounds (`Big`), so `range(10**20)[-1]`, its repr and membership
/// tests are exact, as CPython's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RangeData {
    /// Every bound fits in an `i64`.
    Small {
        /// First value.
        start: i64,
        /// Bound (exclusive).
        stop: i64,
        /// Step (never 0).
        step: i64,
    },
    /// At least one bound does not fit in an `i64`.
    Big(Box<BigRange>),
}

/// Big-int range bounds (see [`RangeData::Big`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigRange {
    /// First value.
    pub start: BigInt,
    /// Bound (exclusive).
    pub stop: BigInt,
    /// Step (never 0).
    pub step: BigInt,
}

/// The number of elements of a range with machine-int bounds.
fn small_len(start: i64, stop: i64, step: i64) -> i128 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 {
        (stop - start + step - 1) / step
    } else {
        (start - stop - step - 1) / -step
    };
    n.max(0)
}

/// The number of elements of a range with big-int bounds.
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop {
            (stop - start - 1u8) / step + 1u8
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1u8) / -step + 1u8
    } else {
        BigInt::zero()
    }
}

impl RangeData {
    /// A range from big-int bounds, in the small form when they all fit.
    pub fn from_bigints(start: BigInt, stop: BigInt, step: BigInt) -> RangeData {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(start), Some(stop), Some(step)) => RangeData::Small { start, stop, step },
            _ => RangeData::Big(Box::new(BigRange { start, stop, step })),
        }
    }

    /// `(start, stop, step)` as big ints.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match self {
            RangeData::Small { start, stop, step } => (
                BigInt::from(*start),
                BigInt::from(*stop),
                BigInt::from(*step),
            ),
            RangeData::Big(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
        }
    }

    /// The number of elements, however large.
    pub fn len_big(&self) -> BigInt {
        match self {
            RangeData::Small { start, stop, step } => BigInt::from(small_len(*start, *stop, *step)),
            RangeData::Big(b) => big_len(&b.start, &b.stop, &b.step),
        }
    }

    /// The number of elements when it fits in a Python `ssize_t` (what
    /// `len()` can return); `None` when it does not.
    pub fn len(&self) -> Option<usize> {
        let n = match self {
            RangeData::Small { start, stop, step } => small_len(*start, *stop, *step),
            RangeData::Big(b) => big_len(&b.start, &b.stop, &b.step).to_i128()?,
        };
        if n <= isize::MAX as i128 {
            usize::try_from(n).ok()
        } else {
            None
        }
    }

    /// Whether the range has no elements.
    pub fn is_empty(&self) -> bool {
        match self {
            RangeData::Small { start, stop, step } => small_len(*start, *stop, *step) == 0,
            RangeData::Big(b) => big_len(&b.start, &b.stop, &b.step).is_zero(),
        }
    }

    /// The element at position `i` (`0 <= i < len`).
    fn item(&self, i: &BigInt) -> BigInt {
        match self {
            RangeData::Small { start, step, .. } => BigInt::from(*start) + i * *step,
            RangeData::Big(b) => &b.start + i * &b.step,
        }
    }

    /// The position of int `x` in the range, if it is an element.
    fn position(&self, x: IntRef<'_>) -> Option<BigInt> {
        if let (RangeData::Small { start, stop, step }, Some(x)) = (self, x.to_i64()) {
            return int_position(*start, *stop, *step, x).map(BigInt::from);
        }
        let (start, stop, step) = self.bounds();
        let x = x.to_bigint();
        let inside = if step.is_positive() {
            start <= x && x < stop
        } else {
            stop < x && x <= start
        };
        let (q, r) = (&x - &start).div_rem(&step);
        (inside && r.is_zero()).then_some(q)
    }

    /// The iteration state over the elements, first to last.
    pub fn iter_state(&self) -> IterState {
        match self {
            RangeData::Small { start, stop, step }
                if small_len(*start, *stop, *step) <= i64::MAX as i128 =>
            {
                IterState::Range {
                    next: *start,
                    stop: *stop,
                    step: *step,
                }
            }
            _ => {
                let (start, stop, step) = self.bounds();
                IterState::BigRange(Box::new(BigRange { start, stop, step }))
            }
        }
    }
}

/// An int value as a big int (0 for anything else, which callers exclude).
fn to_big(v: &Value) -> BigInt {
    int_ref(v).map_or_else(BigInt::zero, IntRef::to_bigint)
}

/// Constructor: `range(stop)`, `range(start, stop[, step])`.
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
        bounds.push(vm.index_value(a)?);
    }
    let data = match bounds.as_slice() {
        [Value::Int(stop)] => RangeData::Small {
            start: 0,
            stop: *stop,
            step: 1,
        },
        [Value::Int(start), Value::Int(stop)] => RangeData::Small {
            start: *start,
            stop: *stop,
            step: 1,
        },
        [stop] => RangeData::from_bigints(BigInt::zero(), to_big(stop), BigInt::one()),
        [start, stop] => RangeData::from_bigints(to_big(start), to_big(stop), BigInt::one()),
        [start, stop, step] => {
            let step = to_big(step);
            if step.is_zero() {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            RangeData::from_bigints(to_big(start), to_big(stop), step)
        }
        _ => RangeData::Small {
            start: 0,
            stop: 0,
            step: 1,
        },
    };
    Ok(new_range(data))
}

/// A new range object.
pub fn new_range(data: RangeData) -> Value {
    Value::Obj(PyObject::new(Payload::Range(data)))
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
pub fn range_data(v: &Value) -> Option<&RangeData> {
    match v.payload() {
        Some(Payload::Range(r)) => Some(r),
        _ => None,
    }
}

/// `a == b` for ranges: equal when they produce the same sequence.
pub fn range_eq(a: &Value, b: &Value) -> bool {
    let (Some(ra), Some(rb)) = (range_data(a), range_data(b)) else {
        return false;
    };
    if let (
        RangeData::Small {
            start: s1,
            stop: e1,
            step: st1,
        },
        RangeData::Small {
            start: s2,
            stop: e2,
            step: st2,
        },
    ) = (ra, rb)
    {
        let n = small_len(*s1, *e1, *st1);
        if n != small_len(*s2, *e2, *st2) {
            return false;
        }
        return n == 0 || (s1 == s2 && (n == 1 || st1 == st2));
    }
    let n = ra.len_big();
    if n != rb.len_big() {
        return false;
    }
    let ((s1, _, st1), (s2, _, st2)) = (ra.bounds(), rb.bounds());
    n.is_zero() || (s1 == s2 && (n.is_one() || st1 == st2))
}

/// `OverflowError: Python int too large to convert to C ssize_t`.
fn ssize_overflow(vm: &Vm) -> PyErr {
    vm.error(
        "OverflowError",
        "Python int too large to convert to C ssize_t",
    )
}

/// `len(r)`, with CPython's `OverflowError` for lengths beyond `ssize_t`.
pub fn range_length(vm: &Vm, r: &RangeData) -> PyResult<usize> {
    r.len().ok_or_else(|| ssize_overflow(vm))
}

/// The elements of a range as a vector (`list(r)`, `tuple(r)`): like
/// CPython, `OverflowError` when the length exceeds `ssize_t` and
/// `MemoryError` when the vector cannot be allocated.
pub fn range_items(vm: &mut Vm, r: &RangeData) -> PyResult<Vec<Value>> {
    let n = range_length(vm, r)?;
    let mut out: Vec<Value> = Vec::new();
    if out.try_reserve_exact(n).is_err() {
        return Err(vm.new_exception(crate::builtin_types::exc("MemoryError"), vec![]));
    }
    match r {
        RangeData::Small { start, step, .. } => {
            // Every element lies between start and stop: no overflow.
            let mut cur = *start;
            for _ in 0..n {
                out.push(Value::Int(cur));
                cur = cur.wrapping_add(*step);
            }
        }
        RangeData::Big(b) => {
            let mut cur = b.start.clone();
            for _ in 0..n {
                out.push(Value::from_bigint(cur.clone()));
                cur += &b.step;
            }
        }
    }
    Ok(out)
}

/// `r[k]`: an int for an index, a new range for a slice.
pub fn getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let Some(r) = range_data(c).cloned() else {
        return Err(vm.type_error("descriptor '__getitem__' requires a 'range' object"));
    };
    if is_slice(k) {
        return range_slice(vm, &r, k);
    }
    // The common case: a machine-int index into a small range.
    if let (RangeData::Small { start, stop, step }, Value::Int(i)) = (&r, k) {
        let len = small_len(*start, *stop, *step);
        let i = *i as i128 + if *i < 0 { len } else { 0 };
        if i < 0 || i >= len {
            return Err(vm.index_error("range object index out of range"));
        }
        let item = *start as i128 + i * *step as i128;
        // An element lies between start and stop, so it fits in an i64.
        return Ok(i64::try_from(item).map_or_else(|_| Value::from_bigint(item.into()), Value::Int));
    }
    if as_index(vm, k)?.is_none() {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(k)
        )));
    }
    let i = to_big(&vm.index_value(k)?);
    let len = r.len_big();
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(r.item(&i)))
}

/// One bound of a slice of a range, as a big int (CPython's
/// `_PySlice_GetLongIndices`); `None` when omitted.
fn long_slice_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    if as_index(vm, v)?.is_none() {
        return Err(vm.type_error(SLICE_INDEX_MSG));
    }
    Ok(Some(to_big(&vm.index_value(v)?)))
}

/// `r[slice]`: the sub-range, computed exactly on big ints.
fn range_slice(vm: &mut Vm, r: &RangeData, k: &Value) -> PyResult<Value> {
    let Some(Payload::Slice { start, stop, step }) = k.payload() else {
        return Err(vm.type_error("expected slice"));
    };
    let (sl_start, sl_stop, sl_step) = (start.clone(), stop.clone(), step.clone());
    let step = match long_slice_bound(vm, &sl_step)? {
        None => BigInt::one(),
        Some(s) if s.is_zero() => return Err(vm.value_error("slice step cannot be zero")),
        Some(s) => s,
    };
    let start = long_slice_bound(vm, &sl_start)?;
    let stop = long_slice_bound(vm, &sl_stop)?;
    let (start, stop) = adjust_long_indices(start, stop, &step, &r.len_big());
    let (r_start, _, r_step) = r.bounds();
    Ok(new_range(RangeData::from_bigints(
        &r_start + start * &r_step,
        &r_start + stop * &r_step,
        r_step * step,
    )))
}

/// Clamps big-int slice bounds to a sequence of length `len` (as CPython
/// does for ranges, without converting to machine ints).
fn adjust_long_indices(
    start: Option<BigInt>,
    stop: Option<BigInt>,
    step: &BigInt,
    len: &BigInt,
) -> (BigInt, BigInt) {
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (-BigInt::one(), len - 1u8)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |b: BigInt| -> BigInt {
        if b.is_negative() {
            let b = b + len;
            if b < lower {
                lower.clone()
            } else {
                b
            }
        } else if b > upper {
            upper.clone()
        } else {
            b
        }
    };
    let start = match start {
        None if negative => upper.clone(),
        None => lower.clone(),
        Some(s) => clamp(s),
    };
    let stop = match stop {
        None if negative => lower.clone(),
        None => upper.clone(),
        Some(s) => clamp(s),
    };
    (start, stop)
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

/// The int in `v` when it is an exact int or a bool (the O(1) paths).
fn exact_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Obj(o) if o.class.is_some() => None,
        _ => int_ref(v),
    }
}

/// Linear search comparing each element with `==`: the positions of the
/// matches (only the first when `first_only`).
fn search(vm: &mut Vm, r: &RangeData, k: &Value, first_only: bool) -> PyResult<Vec<BigInt>> {
    let mut found = Vec::new();
    let (mut cur, _, step) = r.bounds();
    let len = r.len_big();
    let mut i = BigInt::zero();
    while i < len {
        if vm.eq(&Value::from_bigint(cur.clone()), k)? {
            found.push(i.clone());
            if first_only {
                break;
            }
        }
        cur += &step;
        i += 1u8;
    }
    Ok(found)
}

/// `k in r`: O(1) for ints, element-wise `==` otherwise.
pub fn contains(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<bool> {
    let Some(r) = range_data(c).cloned() else {
        return Ok(false);
    };
    match exact_int(k) {
        Some(x) => Ok(r.position(x).is_some()),
        None => Ok(!search(vm, &r, k, true)?.is_empty()),
    }
}

/// `start`, `stop` and `step` of ranges and slices.
pub fn getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match obj.payload() {
        Some(Payload::Range(RangeData::Small { start, stop, step })) => Ok(match name {
            "start" => Some(Value::Int(*start)),
            "stop" => Some(Value::Int(*stop)),
            "step" => Some(Value::Int(*step)),
            _ => None,
        }),
        Some(Payload::Range(RangeData::Big(b))) => Ok(match name {
            "start" => Some(Value::from_bigint(b.start.clone())),
            "stop" => Some(Value::from_bigint(b.stop.clone())),
            "step" => Some(Value::from_bigint(b.step.clone())),
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
fn recv_range(vm: &Vm, args: &[Value], name: &str) -> PyResult<RangeData> {
    match args.first().and_then(range_data) {
        Some(p) => Ok(p.clone()),
        None => Err(descriptor_error(vm, name, "range", args.first())),
    }
}

fn range_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = recv_range(vm, args, "index")?;
    crate::types::list::check_o(vm, "range.index", args, kw)?;
    let x = &args[1];
    match exact_int(x) {
        Some(i) => {
            if let Some(pos) = r.position(i) {
                return Ok(Value::from_bigint(pos));
            }
            let rep = vm.repr(x)?;
            Err(vm.value_error(format!("{rep} is not in range")))
        }
        None => match search(vm, &r, x, true)?.pop() {
            Some(i) => Ok(Value::from_bigint(i)),
            None => Err(vm.value_error("sequence.index(x): x not in sequence")),
        },
    }
}

fn range_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = recv_range(vm, args, "count")?;
    crate::types::list::check_o(vm, "range.count", args, kw)?;
    let x = &args[1];
    match exact_int(x) {
        Some(i) => Ok(Value::Int(r.position(i).is_some() as i64)),
        None => Ok(Value::from(search(vm, &r, x, false)?.len())),
    }
}

fn range_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = recv_range(vm, args, "__len__")?;
    check_wrapper_args(vm, args, 0)?;
    range_length(vm, &r).map(Value::from)
}

fn range_bool(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = recv_range(vm, args, "__bool__")?;
    check_wrapper_args(vm, args, 0)?;
    Ok(Value::Bool(!r.is_empty()))
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
    let r = recv_range(vm, args, "__iter__")?;
    check_wrapper_args(vm, args, 0)?;
    Ok(new_iter(r.iter_state()))
}

/// `reversed(range)`: an iterator over the same elements, last to first.
fn range_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = recv_range(vm, args, "__reversed__")?;
    crate::types::list::check_noargs(vm, "range.__reversed__", args, kw)?;
    let len = r.len_big();
    if len.is_zero() {
        return Ok(new_iter(IterState::Range {
            next: 0,
            stop: 0,
            step: 1,
        }));
    }
    let (start, _, step) = r.bounds();
    let last = r.item(&(len - 1u8));
    let reversed = RangeData::from_bigints(last, &start - &step, -step);
    Ok(new_iter(reversed.iter_state()))
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
    if range_data(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    let eq = range_eq(&args[0], &args[1]);
    Ok(Value::Bool(if op == CmpOp::Eq { eq } else { !eq }))
}

/// `hash(range)`: the hash of `(len, start, step)`, with `None` for the
/// parts that do not affect the sequence (equal ranges hash equal).
pub fn range_hash(vm: &mut Vm, r: &Value) -> PyResult<i64> {
    let Some(data) = range_data(r).cloned() else {
        return Err(descriptor_error(vm, "__hash__", "range", Some(r)));
    };
    let len = data.len_big();
    let (start, _, step) = data.bounds();
    let none = vm.hash(&Value::None)?;
    let parts = if len.is_zero() {
        [crate::hash::hash_i64(0), none, none]
    } else if len.is_one() {
        [crate::hash::hash_i64(1), hash_bigint(&start), none]
    } else {
        [hash_bigint(&len), hash_bigint(&start), hash_bigint(&step)]
    };
    Ok(crate::hash::hash_tuple(parts.into_iter()))
}

/// `hash(int)` of a big-int value.
fn hash_bigint(i: &BigInt) -> i64 {
    match i.to_i64() {
        Some(s) => crate::hash::hash_i64(s),
        None => crate::hash::hash_bigint(i),
    }
}

fn range_hash_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_range(vm, args, "__hash__")?;
    check_wrapper_args(vm, args, 0)?;
    range_hash(vm, &args[0]).map(Value::Int)
}

/// `repr(range)`: `range(0, 10)` or `range(0, 10, 2)`.
pub fn range_repr_string(vm: &mut Vm, r: &RangeData) -> PyResult<String> {
    match r {
        RangeData::Small { start, stop, step } => Ok(if *step == 1 {
            format!("range({start}, {stop})")
        } else {
            format!("range({start}, {stop}, {step})")
        }),
        RangeData::Big(b) => {
            let start = bigint_to_decimal(vm, &b.start)?;
            let stop = bigint_to_decimal(vm, &b.stop)?;
            if b.step.is_one() {
                Ok(format!("range({start}, {stop})"))
            } else {
                let step = bigint_to_decimal(vm, &b.step)?;
                Ok(format!("range({start}, {stop}, {step})"))
            }
        }
    }
}

fn range_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_range(vm, args, "__repr__")?;
    check_wrapper_args(vm, args, 0)?;
    vm.repr_value(&args[0])
}

/// `range` methods.
pub const METHODS: &[MethodDef] = &[
    method("__reduce__", crate::types::reduce::range_reduce),
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
    method("__reduce__", crate::types::reduce::slice_reduce),
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
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(adj(None, None, 1, 10), (0, 10, 1, 10));
        assert_eq!(adj(None, None, -1, 10), (9, -1, -1, 10));
        assert_eq!(adj(None, None, 2, 5), (0, 5, 2, 3));
        assert_eq!(adj(None, None, -2, 5), (4, -1, -2, 3));
        assert_eq!(adj(None, None, 1, 0), (0, 0, 1, 0));
        assert_eq!(adj(None, None, -1, 0), (-1, -1, -1, 0));
    }

    #[test]
    fn negative_and_out_of_range_bounds() {
        let _lock = crate::threads::lock::LockHold::new();
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
        let _lock = crate::threads::lock::LockHold::new();
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
        let _lock = crate::threads::lock::LockHold::new();
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
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(small_len(0, 10, 3), 4);
        assert_eq!(small_len(10, 0, -3), 4);
        assert_eq!(small_len(0, -5, 1), 0);
        assert_eq!(small_len(i64::MIN, i64::MAX, 1), u64::MAX as i128);
        let r = RangeData::Small {
            start: i64::MIN,
            stop: i64::MAX,
            step: 1,
        };
        assert_eq!(r.len(), None, "beyond ssize_t: len() raises");
        assert!(!r.is_empty());
        let big = |a: i128, b: i128, c: i128| {
            RangeData::from_bigints(BigInt::from(a), BigInt::from(b), BigInt::from(c))
        };
        let e20 = 100_000_000_000_000_000_000i128;
        assert_eq!(big(0, e20, 1).len_big(), BigInt::from(e20));
        assert_eq!(
            big(e20, -e20, -7).len_big(),
            BigInt::from((2 * e20 + 6) / 7)
        );
        assert_eq!(big(e20, e20, 1).len_big(), BigInt::zero());
        assert_eq!(big(0, e20, -1).len_big(), BigInt::zero());
        assert!(matches!(big(0, 10, 1), RangeData::Small { .. }));
        assert!(matches!(big(0, e20, 1), RangeData::Big(_)));
    }

    #[test]
    fn big_range_positions_and_slices() {
        let _lock = crate::threads::lock::LockHold::new();
        let e20 = BigInt::from(10u8).pow(20);
        let r = RangeData::from_bigints(BigInt::zero(), e20.clone(), BigInt::from(3));
        let x = &e20 - 2u8; // 99...98 = 3 * 33...32 + 2: not an element
        assert_eq!(r.position(IntRef::Big(&x)), None);
        let y = &e20 - 1u8; // 99...99 = 3 * 33...33
        assert_eq!(r.position(IntRef::Big(&y)), Some(&y / 3u8));
        assert_eq!(r.position(IntRef::Small(-3)), None);
        // range(10)[::-1] and range(10)[-3:100]
        let len = BigInt::from(10);
        let (s, e) = adjust_long_indices(None, None, &BigInt::from(-1), &len);
        assert_eq!((s, e), (BigInt::from(9), BigInt::from(-1)));
        let (s, e) = adjust_long_indices(
            Some(BigInt::from(-3)),
            Some(BigInt::from(100)),
            &BigInt::one(),
            &len,
        );
        assert_eq!((s, e), (BigInt::from(7), BigInt::from(10)));
        let (s, e) = adjust_long_indices(
            Some(BigInt::from(-100)),
            Some(-e20.clone()),
            &BigInt::from(-2),
            &len,
        );
        assert_eq!((s, e), (BigInt::from(-1), BigInt::from(-1)));
    }
}
