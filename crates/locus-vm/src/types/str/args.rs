//! Argument and index helpers shared by the str and bytes methods: positional
//! and keyword argument binding with CPython's messages, optional slice bounds,
//! and index/slice normalisation.

use super::*;

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks the number of positional arguments of a positional-only method
/// (`find expected at least 1 argument, got 0`).
pub(crate) fn check_count(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        let q = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {q}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let q = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {q}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// Rejects keyword arguments (`str.find() takes no keyword arguments`).
pub(crate) fn no_kw(vm: &Vm, kw: &[(Value, Value)], qualname: &str) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{qualname}() takes no keyword arguments")))
    }
}

/// A method that takes no arguments (`str.upper() takes no arguments (1 given)`).
pub(crate) fn no_args(
    vm: &Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    qualname: &str,
) -> PyResult<()> {
    no_kw(vm, kw, qualname)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// A method that takes exactly one positional argument; returns it.
pub(crate) fn one_arg(
    vm: &Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    qualname: &str,
) -> PyResult<Value> {
    no_kw(vm, kw, qualname)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(args[1].clone())
}

/// The argument count check of special-method wrappers (`expected 1 argument, got 0`).
pub(crate) fn slot_args(
    vm: &Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    n: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let given = args.len().saturating_sub(1);
    if given != n {
        return Err(vm.type_error(format!("expected {n} argument{}, got {given}", plural(n))));
    }
    Ok(())
}

/// The signature of a method that accepts keyword arguments.
pub(crate) struct Sig {
    /// Method name for messages.
    pub name: &'static str,
    /// Parameter names, in order.
    pub params: &'static [&'static str],
    /// How many leading parameters are positional-only (and required).
    pub posonly: usize,
}

/// Binds positional and keyword arguments (after the receiver) to `sig`.
pub(crate) fn bind(
    vm: &Vm,
    sig: &Sig,
    pos: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Vec<Option<Value>>> {
    let max = sig.params.len();
    let given = pos.len() + kw.len();
    if pos.len() > max || given > max {
        return Err(vm.type_error(format!(
            "{}() takes at most {max} argument{} ({given} given)",
            sig.name,
            plural(max)
        )));
    }
    if pos.len() < sig.posonly {
        return Err(vm.type_error(format!(
            "{}() takes at least {} positional argument{} ({} given)",
            sig.name,
            sig.posonly,
            plural(sig.posonly),
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        let name = k.as_str().unwrap_or("");
        let idx = sig
            .params
            .iter()
            .position(|p| *p == name)
            .filter(|i| *i >= sig.posonly);
        let Some(i) = idx else {
            return Err(vm.type_error(format!(
                "{}() got an unexpected keyword argument '{name}'",
                sig.name
            )));
        };
        if out[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {}() given by name ('{name}') and position ({})",
                sig.name,
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    Ok(out)
}

/// The str payload of `v`, if it is a str (or str subclass instance).
pub(crate) fn as_pystr(v: &Value) -> Option<&PyStr> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s),
        _ => None,
    }
}

/// The receiver of a str method, with CPython's descriptor errors.
pub(super) fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyStr> {
    let Some(first) = args.first() else {
        return Err(vm.type_error(format!("unbound method str.{name}() needs an argument")));
    };
    match as_pystr(first) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(first)
        ))),
    }
}

/// A str argument, or `TypeError: {what} must be str, not int`.
pub(super) fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(v)))),
    }
}

/// Whether `v` is an exact builtin str (not a subclass instance).
pub(super) fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.is_none() && matches!(o.payload, Payload::Str(_)))
}

/// Returns `v` itself if it is an exact str, else a new str with `text`.
pub(super) fn same_or_new(v: &Value, text: &str) -> Value {
    if is_exact_str(v) {
        v.clone()
    } else {
        Value::str(text)
    }
}

/// Largest result (in bytes) a str or bytes operation may build before
/// raising `MemoryError` instead of aborting on a failed allocation.
pub(crate) const MAX_ALLOC: usize = 1 << 33;

/// `MemoryError` when a result of `n` bytes cannot be built.
pub(crate) fn check_alloc(vm: &Vm, n: usize) -> PyResult<()> {
    if n > MAX_ALLOC {
        Err(vm.error("MemoryError", ""))
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------
// Indices and slices (shared with `bytes.rs`)
// ---------------------------------------------------------------------

/// Clamps an int value (small or big) to i64.
pub(super) fn clamp_int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) if b.sign() == Sign::Minus => i64::MIN,
            Payload::BigInt(_) => i64::MAX,
            _ => 0,
        },
        _ => 0,
    }
}

/// Whether `v` is an int or has `__index__`.
pub(crate) fn has_index(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => true,
        Value::Obj(_) => vm.lookup_special(v, &names().__index__).is_some(),
        _ => false,
    }
}

/// A slice bound or `start`/`end` argument: None, or an index clamped to i64.
pub(crate) fn slice_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        _ if has_index(vm, v) => {
            let i = vm.index_value(v)?;
            Ok(Some(clamp_int(&i)))
        }
        _ => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// An optional `start`/`end` argument.
pub(crate) fn opt_slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        Some(v) => slice_arg(vm, v),
        None => Ok(None),
    }
}

/// Resolves `start`/`end` arguments against a length the way `find` and
/// friends do; `None` when the range is empty because `start > len`.
pub(crate) fn adjust_range(
    len: usize,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(usize, usize)> {
    let n = len as i64;
    let fix = |i: i64| -> i64 {
        if i < 0 {
            (i.saturating_add(n)).max(0)
        } else {
            i
        }
    };
    let s = fix(start.unwrap_or(0));
    let e = fix(end.unwrap_or(n)).min(n);
    if s > n {
        return None;
    }
    Some((s as usize, e.max(0) as usize))
}

/// A resolved slice: start, step and number of items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SliceIdx {
    /// First index.
    pub start: i64,
    /// Step (never 0).
    pub step: i64,
    /// Number of selected items.
    pub len: usize,
}

impl SliceIdx {
    /// The selected indices, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |k| (self.start + self.step * k as i64) as usize)
    }
}

/// Resolves slice bounds against a sequence length (Python's `slice.indices`).
pub(crate) fn resolve_slice(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: usize,
) -> SliceIdx {
    let n = len as i64;
    let (lo, hi) = if step < 0 { (-1, n - 1) } else { (0, n) };
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i.saturating_add(n)).max(lo),
            Some(i) => i.min(hi),
        }
    };
    let s = fix(start, if step < 0 { hi } else { lo });
    let e = fix(stop, if step < 0 { lo } else { hi });
    let count = if step > 0 {
        if e > s {
            ((e - s - 1) / step + 1) as usize
        } else {
            0
        }
    } else if s > e {
        ((s - e - 1) / (-step) + 1) as usize
    } else {
        0
    };
    SliceIdx {
        start: s,
        step,
        len: count,
    }
}

/// Resolves the bounds of a slice object for a sequence of length `len`.
pub(crate) fn slice_of(
    vm: &mut Vm,
    start: &Value,
    stop: &Value,
    step: &Value,
    len: usize,
) -> PyResult<SliceIdx> {
    let step = match slice_arg(vm, step)? {
        None => 1,
        Some(0) => return Err(vm.value_error("slice step cannot be zero")),
        Some(s) => s.max(-i64::MAX),
    };
    let start = slice_arg(vm, start)?;
    let stop = slice_arg(vm, stop)?;
    Ok(resolve_slice(start, stop, step, len))
}

/// A subscript key resolved for a sequence.
pub(crate) enum Key {
    /// An item index, already made non-negative and checked against the length.
    Index(usize),
    /// An index outside the sequence.
    OutOfRange,
    /// A slice.
    Slice(SliceIdx),
    /// Neither an index nor a slice.
    Other,
}

/// Resolves `k` as an index or slice of a sequence of length `len`.
pub(crate) fn seq_key(vm: &mut Vm, k: &Value, len: usize) -> PyResult<Key> {
    if let Some(Payload::Slice { start, stop, step }) = k.payload() {
        let (a, b, c) = (start.clone(), stop.clone(), step.clone());
        return slice_of(vm, &a, &b, &c, len).map(Key::Slice);
    }
    if !has_index(vm, k) {
        return Ok(Key::Other);
    }
    let i = match vm.index_value(k)? {
        Value::Int(i) => i,
        _ => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Ok(Key::OutOfRange);
    }
    Ok(Key::Index(i as usize))
}

/// Integer argument via `__index__` (`'float' object cannot be interpreted as an integer`).
pub(crate) fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.index_i64(v)
}

/// The `MAX_ALLOC`-checked length of `unit * count`, or the repeat error.
pub(crate) fn repeat_len(vm: &Vm, unit: usize, count: i64, what: &str) -> PyResult<usize> {
    if count <= 0 || unit == 0 {
        return Ok(0);
    }
    let total = (unit as u128) * (count as u128);
    if total > isize::MAX as u128 {
        return Err(vm.error("OverflowError", format!("repeated {what} is too long")));
    }
    check_alloc(vm, total as usize)?;
    Ok(total as usize)
}

/// The count of a `*` repetition: an index, or `can't multiply sequence by non-int`.
pub(crate) fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    if !has_index(vm, n) {
        return Ok(None);
    }
    match vm.index_value(n)? {
        Value::Int(i) => Ok(Some(i)),
        v => {
            if clamp_int(&v) < 0 {
                Ok(Some(0))
            } else {
                Err(vm.error(
                    "OverflowError",
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        }
    }
}
