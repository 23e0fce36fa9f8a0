//! `str`: the constructor, operators, methods, `repr`/`ascii`, printf-style
//! `%` formatting, format specs and `str.format`.
//!
//! Text is UTF-8 (see `pystr.rs`); positions seen by Python are code-point
//! indices, converted to byte offsets at the edges. ASCII text (the common
//! case) takes byte-indexed fast paths.

use std::sync::Arc;

use locus_bytecode::BinOp;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::iter::{new_iter, IterState};
use crate::names::names;
use crate::object::{Payload, PyObject};
use crate::pystr::PyStr;
use crate::typeobj::{method, staticmethod, types, MethodDef};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

// ---------------------------------------------------------------------
// Argument helpers (shared with `bytes.rs`)
// ---------------------------------------------------------------------

fn plural(n: usize) -> &'static str {
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
fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyStr> {
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
fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(v)))),
    }
}

/// Whether `v` is an exact builtin str (not a subclass instance).
fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.is_none() && matches!(o.payload, Payload::Str(_)))
}

/// Returns `v` itself if it is an exact str, else a new str with `text`.
fn same_or_new(v: &Value, text: &str) -> Value {
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
fn clamp_int(v: &Value) -> i64 {
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

// ---------------------------------------------------------------------
// Character properties
// ---------------------------------------------------------------------

/// Character properties of the Unicode 15.1 database that CPython 3.13
/// uses and Rust's `char` does not expose (`str.isprintable`, `isalpha`,
/// `isdecimal`, `isdigit`, `isnumeric`, identifiers), plus case mappings
/// that differ from Rust's (`title`, `casefold`).
pub mod ucd {
    const PRINTABLE: u8 = 1;
    const ALPHA: u8 = 2;
    const DECIMAL: u8 = 4;
    const DIGIT: u8 = 8;
    const NUMERIC: u8 = 16;
    const ID_START: u8 = 32;
    const ID_CONTINUE: u8 = 64;

    /// Runs of code points from U+0080 up with the same properties: each
    /// entry is `first_code_point << 8 | flags`. Generated from the Unicode
    /// character database.
    static TABLE: &[u32] = &[
        0x00008000, 0x0000a101, 0x0000aa63, 0x0000ab01, 0x0000ad00, 0x0000ae01, 0x0000b219,
        0x0000b401, 0x0000b563, 0x0000b601, 0x0000b741, 0x0000b801, 0x0000b919, 0x0000ba63,
        0x0000bb01, 0x0000bc11, 0x0000bf01, 0x0000c063, 0x0000d701, 0x0000d863, 0x0000f701,
        0x0000f863, 0x0002c201, 0x0002c663, 0x0002d201, 0x0002e063, 0x0002e501, 0x0002ec63,
        0x0002ed01, 0x0002ee63, 0x0002ef01, 0x00030041, 0x00037063, 0x00037501, 0x00037663,
        0x00037800, 0x00037a03, 0x00037b63, 0x00037e01, 0x00037f63, 0x00038000, 0x00038401,
        0x00038663, 0x00038741, 0x00038863, 0x00038b00, 0x00038c63, 0x00038d00, 0x00038e63,
        0x0003a200, 0x0003a363, 0x0003f601, 0x0003f763, 0x00048201, 0x00048341, 0x00048801,
        0x00048a63, 0x00053000, 0x00053163, 0x00055700, 0x00055963, 0x00055a01, 0x00056063,
        0x00058901, 0x00058b00, 0x00058d01, 0x00059000, 0x00059141, 0x0005be01, 0x0005bf41,
        0x0005c001, 0x0005c141, 0x0005c301, 0x0005c441, 0x0005c601, 0x0005c741, 0x0005c800,
        0x0005d063, 0x0005eb00, 0x0005ef63, 0x0005f301, 0x0005f500, 0x00060601, 0x00061041,
        0x00061b01, 0x00061c00, 0x00061d01, 0x00062063, 0x00064b41, 0x0006605d, 0x00066a01,
        0x00066e63, 0x00067041, 0x00067163, 0x0006d401, 0x0006d563, 0x0006d641, 0x0006dd00,
        0x0006de01, 0x0006df41, 0x0006e563, 0x0006e741, 0x0006e901, 0x0006ea41, 0x0006ee63,
        0x0006f05d, 0x0006fa63, 0x0006fd01, 0x0006ff63, 0x00070001, 0x00070e00, 0x00071063,
        0x00071141, 0x00071263, 0x00073041, 0x00074b00, 0x00074d63, 0x0007a641, 0x0007b163,
        0x0007b200, 0x0007c05d, 0x0007ca63, 0x0007eb41, 0x0007f463, 0x0007f601, 0x0007fa63,
        0x0007fb00, 0x0007fd41, 0x0007fe01, 0x00080063, 0x00081641, 0x00081a63, 0x00081b41,
        0x00082463, 0x00082541, 0x00082863, 0x00082941, 0x00082e00, 0x00083001, 0x00083f00,
        0x00084063, 0x00085941, 0x00085c00, 0x00085e01, 0x00085f00, 0x00086063, 0x00086b00,
        0x00087063, 0x00088801, 0x00088963, 0x00088f00, 0x00089841, 0x0008a063, 0x0008ca41,
        0x0008e200, 0x0008e341, 0x00090463, 0x00093a41, 0x00093d63, 0x00093e41, 0x00095063,
        0x00095141, 0x00095863, 0x00096241, 0x00096401, 0x0009665d, 0x00097001, 0x00097163,
        0x00098141, 0x00098400, 0x00098563, 0x00098d00, 0x00098f63, 0x00099100, 0x00099363,
        0x0009a900, 0x0009aa63, 0x0009b100, 0x0009b263, 0x0009b300, 0x0009b663, 0x0009ba00,
        0x0009bc41, 0x0009bd63, 0x0009be41, 0x0009c500, 0x0009c741, 0x0009c900, 0x0009cb41,
        0x0009ce63, 0x0009cf00, 0x0009d741, 0x0009d800, 0x0009dc63, 0x0009de00, 0x0009df63,
        0x0009e241, 0x0009e400, 0x0009e65d, 0x0009f063, 0x0009f201, 0x0009f411, 0x0009fa01,
        0x0009fc63, 0x0009fd01, 0x0009fe41, 0x0009ff00, 0x000a0141, 0x000a0400, 0x000a0563,
        0x000a0b00, 0x000a0f63, 0x000a1100, 0x000a1363, 0x000a2900, 0x000a2a63, 0x000a3100,
        0x000a3263, 0x000a3400, 0x000a3563, 0x000a3700, 0x000a3863, 0x000a3a00, 0x000a3c41,
        0x000a3d00, 0x000a3e41, 0x000a4300, 0x000a4741, 0x000a4900, 0x000a4b41, 0x000a4e00,
        0x000a5141, 0x000a5200, 0x000a5963, 0x000a5d00, 0x000a5e63, 0x000a5f00, 0x000a665d,
        0x000a7041, 0x000a7263, 0x000a7541, 0x000a7601, 0x000a7700, 0x000a8141, 0x000a8400,
        0x000a8563, 0x000a8e00, 0x000a8f63, 0x000a9200, 0x000a9363, 0x000aa900, 0x000aaa63,
        0x000ab100, 0x000ab263, 0x000ab400, 0x000ab563, 0x000aba00, 0x000abc41, 0x000abd63,
        0x000abe41, 0x000ac600, 0x000ac741, 0x000aca00, 0x000acb41, 0x000ace00, 0x000ad063,
        0x000ad100, 0x000ae063, 0x000ae241, 0x000ae400, 0x000ae65d, 0x000af001, 0x000af200,
        0x000af963, 0x000afa41, 0x000b0000, 0x000b0141, 0x000b0400, 0x000b0563, 0x000b0d00,
        0x000b0f63, 0x000b1100, 0x000b1363, 0x000b2900, 0x000b2a63, 0x000b3100, 0x000b3263,
        0x000b3400, 0x000b3563, 0x000b3a00, 0x000b3c41, 0x000b3d63, 0x000b3e41, 0x000b4500,
        0x000b4741, 0x000b4900, 0x000b4b41, 0x000b4e00, 0x000b5541, 0x000b5800, 0x000b5c63,
        0x000b5e00, 0x000b5f63, 0x000b6241, 0x000b6400, 0x000b665d, 0x000b7001, 0x000b7163,
        0x000b7211, 0x000b7800, 0x000b8241, 0x000b8363, 0x000b8400, 0x000b8563, 0x000b8b00,
        0x000b8e63, 0x000b9100, 0x000b9263, 0x000b9600, 0x000b9963, 0x000b9b00, 0x000b9c63,
        0x000b9d00, 0x000b9e63, 0x000ba000, 0x000ba363, 0x000ba500, 0x000ba863, 0x000bab00,
        0x000bae63, 0x000bba00, 0x000bbe41, 0x000bc300, 0x000bc641, 0x000bc900, 0x000bca41,
        0x000bce00, 0x000bd063, 0x000bd100, 0x000bd741, 0x000bd800, 0x000be65d, 0x000bf011,
        0x000bf301, 0x000bfb00, 0x000c0041, 0x000c0563, 0x000c0d00, 0x000c0e63, 0x000c1100,
        0x000c1263, 0x000c2900, 0x000c2a63, 0x000c3a00, 0x000c3c41, 0x000c3d63, 0x000c3e41,
        0x000c4500, 0x000c4641, 0x000c4900, 0x000c4a41, 0x000c4e00, 0x000c5541, 0x000c5700,
        0x000c5863, 0x000c5b00, 0x000c5d63, 0x000c5e00, 0x000c6063, 0x000c6241, 0x000c6400,
        0x000c665d, 0x000c7000, 0x000c7701, 0x000c7811, 0x000c7f01, 0x000c8063, 0x000c8141,
        0x000c8401, 0x000c8563, 0x000c8d00, 0x000c8e63, 0x000c9100, 0x000c9263, 0x000ca900,
        0x000caa63, 0x000cb400, 0x000cb563, 0x000cba00, 0x000cbc41, 0x000cbd63, 0x000cbe41,
        0x000cc500, 0x000cc641, 0x000cc900, 0x000cca41, 0x000cce00, 0x000cd541, 0x000cd700,
        0x000cdd63, 0x000cdf00, 0x000ce063, 0x000ce241, 0x000ce400, 0x000ce65d, 0x000cf000,
        0x000cf163, 0x000cf341, 0x000cf400, 0x000d0041, 0x000d0463, 0x000d0d00, 0x000d0e63,
        0x000d1100, 0x000d1263, 0x000d3b41, 0x000d3d63, 0x000d3e41, 0x000d4500, 0x000d4641,
        0x000d4900, 0x000d4a41, 0x000d4e63, 0x000d4f01, 0x000d5000, 0x000d5463, 0x000d5741,
        0x000d5811, 0x000d5f63, 0x000d6241, 0x000d6400, 0x000d665d, 0x000d7011, 0x000d7901,
        0x000d7a63, 0x000d8000, 0x000d8141, 0x000d8400, 0x000d8563, 0x000d9700, 0x000d9a63,
        0x000db200, 0x000db363, 0x000dbc00, 0x000dbd63, 0x000dbe00, 0x000dc063, 0x000dc700,
        0x000dca41, 0x000dcb00, 0x000dcf41, 0x000dd500, 0x000dd641, 0x000dd700, 0x000dd841,
        0x000de000, 0x000de65d, 0x000df000, 0x000df241, 0x000df401, 0x000df500, 0x000e0163,
        0x000e3141, 0x000e3263, 0x000e3343, 0x000e3441, 0x000e3b00, 0x000e3f01, 0x000e4063,
        0x000e4741, 0x000e4f01, 0x000e505d, 0x000e5a01, 0x000e5c00, 0x000e8163, 0x000e8300,
        0x000e8463, 0x000e8500, 0x000e8663, 0x000e8b00, 0x000e8c63, 0x000ea400, 0x000ea563,
        0x000ea600, 0x000ea763, 0x000eb141, 0x000eb263, 0x000eb343, 0x000eb441, 0x000ebd63,
        0x000ebe00, 0x000ec063, 0x000ec500, 0x000ec663, 0x000ec700, 0x000ec841, 0x000ecf00,
        0x000ed05d, 0x000eda00, 0x000edc63, 0x000ee000, 0x000f0063, 0x000f0101, 0x000f1841,
        0x000f1a01, 0x000f205d, 0x000f2a11, 0x000f3401, 0x000f3541, 0x000f3601, 0x000f3741,
        0x000f3801, 0x000f3941, 0x000f3a01, 0x000f3e41, 0x000f4063, 0x000f4800, 0x000f4963,
        0x000f6d00, 0x000f7141, 0x000f8501, 0x000f8641, 0x000f8863, 0x000f8d41, 0x000f9800,
        0x000f9941, 0x000fbd00, 0x000fbe01, 0x000fc641, 0x000fc701, 0x000fcd00, 0x000fce01,
        0x000fdb00, 0x00100063, 0x00102b41, 0x00103f63, 0x0010405d, 0x00104a01, 0x00105063,
        0x00105641, 0x00105a63, 0x00105e41, 0x00106163, 0x00106241, 0x00106563, 0x00106741,
        0x00106e63, 0x00107141, 0x00107563, 0x00108241, 0x00108e63, 0x00108f41, 0x0010905d,
        0x00109a41, 0x00109e01, 0x0010a063, 0x0010c600, 0x0010c763, 0x0010c800, 0x0010cd63,
        0x0010ce00, 0x0010d063, 0x0010fb01, 0x0010fc63, 0x00124900, 0x00124a63, 0x00124e00,
        0x00125063, 0x00125700, 0x00125863, 0x00125900, 0x00125a63, 0x00125e00, 0x00126063,
        0x00128900, 0x00128a63, 0x00128e00, 0x00129063, 0x0012b100, 0x0012b263, 0x0012b600,
        0x0012b863, 0x0012bf00, 0x0012c063, 0x0012c100, 0x0012c263, 0x0012c600, 0x0012c863,
        0x0012d700, 0x0012d863, 0x00131100, 0x00131263, 0x00131600, 0x00131863, 0x00135b00,
        0x00135d41, 0x00136001, 0x00136959, 0x00137211, 0x00137d00, 0x00138063, 0x00139001,
        0x00139a00, 0x0013a063, 0x0013f600, 0x0013f863, 0x0013fe00, 0x00140001, 0x00140163,
        0x00166d01, 0x00166f63, 0x00168000, 0x00168163, 0x00169b01, 0x00169d00, 0x0016a063,
        0x0016eb01, 0x0016ee71, 0x0016f163, 0x0016f900, 0x00170063, 0x00171241, 0x00171600,
        0x00171f63, 0x00173241, 0x00173501, 0x00173700, 0x00174063, 0x00175241, 0x00175400,
        0x00176063, 0x00176d00, 0x00176e63, 0x00177100, 0x00177241, 0x00177400, 0x00178063,
        0x0017b441, 0x0017d401, 0x0017d763, 0x0017d801, 0x0017dc63, 0x0017dd41, 0x0017de00,
        0x0017e05d, 0x0017ea00, 0x0017f011, 0x0017fa00, 0x00180001, 0x00180b41, 0x00180e00,
        0x00180f41, 0x0018105d, 0x00181a00, 0x00182063, 0x00187900, 0x00188063, 0x00188561,
        0x00188763, 0x0018a941, 0x0018aa63, 0x0018ab00, 0x0018b063, 0x0018f600, 0x00190063,
        0x00191f00, 0x00192041, 0x00192c00, 0x00193041, 0x00193c00, 0x00194001, 0x00194100,
        0x00194401, 0x0019465d, 0x00195063, 0x00196e00, 0x00197063, 0x00197500, 0x00198063,
        0x0019ac00, 0x0019b063, 0x0019ca00, 0x0019d05d, 0x0019da59, 0x0019db00, 0x0019de01,
        0x001a0063, 0x001a1741, 0x001a1c00, 0x001a1e01, 0x001a2063, 0x001a5541, 0x001a5f00,
        0x001a6041, 0x001a7d00, 0x001a7f41, 0x001a805d, 0x001a8a00, 0x001a905d, 0x001a9a00,
        0x001aa001, 0x001aa763, 0x001aa801, 0x001aae00, 0x001ab041, 0x001abe01, 0x001abf41,
        0x001acf00, 0x001b0041, 0x001b0563, 0x001b3441, 0x001b4563, 0x001b4d00, 0x001b505d,
        0x001b5a01, 0x001b6b41, 0x001b7401, 0x001b7f00, 0x001b8041, 0x001b8363, 0x001ba141,
        0x001bae63, 0x001bb05d, 0x001bba63, 0x001be641, 0x001bf400, 0x001bfc01, 0x001c0063,
        0x001c2441, 0x001c3800, 0x001c3b01, 0x001c405d, 0x001c4a00, 0x001c4d63, 0x001c505d,
        0x001c5a63, 0x001c7e01, 0x001c8063, 0x001c8900, 0x001c9063, 0x001cbb00, 0x001cbd63,
        0x001cc001, 0x001cc800, 0x001cd041, 0x001cd301, 0x001cd441, 0x001ce963, 0x001ced41,
        0x001cee63, 0x001cf441, 0x001cf563, 0x001cf741, 0x001cfa63, 0x001cfb00, 0x001d0063,
        0x001dc041, 0x001e0063, 0x001f1600, 0x001f1863, 0x001f1e00, 0x001f2063, 0x001f4600,
        0x001f4863, 0x001f4e00, 0x001f5063, 0x001f5800, 0x001f5963, 0x001f5a00, 0x001f5b63,
        0x001f5c00, 0x001f5d63, 0x001f5e00, 0x001f5f63, 0x001f7e00, 0x001f8063, 0x001fb500,
        0x001fb663, 0x001fbd01, 0x001fbe63, 0x001fbf01, 0x001fc263, 0x001fc500, 0x001fc663,
        0x001fcd01, 0x001fd063, 0x001fd400, 0x001fd663, 0x001fdc00, 0x001fdd01, 0x001fe063,
        0x001fed01, 0x001ff000, 0x001ff263, 0x001ff500, 0x001ff663, 0x001ffd01, 0x001fff00,
        0x00200c40, 0x00200e00, 0x00201001, 0x00202800, 0x00203001, 0x00203f41, 0x00204101,
        0x00205441, 0x00205501, 0x00205f00, 0x00207019, 0x00207163, 0x00207200, 0x00207419,
        0x00207a01, 0x00207f63, 0x00208019, 0x00208a01, 0x00208f00, 0x00209063, 0x00209d00,
        0x0020a001, 0x0020c100, 0x0020d041, 0x0020dd01, 0x0020e141, 0x0020e201, 0x0020e541,
        0x0020f100, 0x00210001, 0x00210263, 0x00210301, 0x00210763, 0x00210801, 0x00210a63,
        0x00211401, 0x00211563, 0x00211601, 0x00211861, 0x00211963, 0x00211e01, 0x00212463,
        0x00212501, 0x00212663, 0x00212701, 0x00212863, 0x00212901, 0x00212a63, 0x00212e61,
        0x00212f63, 0x00213a01, 0x00213c63, 0x00214001, 0x00214563, 0x00214a01, 0x00214e63,
        0x00214f01, 0x00215011, 0x00216071, 0x00218363, 0x00218571, 0x00218911, 0x00218a01,
        0x00218c00, 0x00219001, 0x00242700, 0x00244001, 0x00244b00, 0x00246019, 0x00246911,
        0x00247419, 0x00247d11, 0x00248819, 0x00249111, 0x00249c01, 0x0024ea19, 0x0024eb11,
        0x0024f519, 0x0024fe11, 0x0024ff19, 0x00250001, 0x00277619, 0x00277f11, 0x00278019,
        0x00278911, 0x00278a19, 0x00279311, 0x00279401, 0x002b7400, 0x002b7601, 0x002b9600,
        0x002b9701, 0x002c0063, 0x002ce501, 0x002ceb63, 0x002cef41, 0x002cf263, 0x002cf400,
        0x002cf901, 0x002cfd11, 0x002cfe01, 0x002d0063, 0x002d2600, 0x002d2763, 0x002d2800,
        0x002d2d63, 0x002d2e00, 0x002d3063, 0x002d6800, 0x002d6f63, 0x002d7001, 0x002d7100,
        0x002d7f41, 0x002d8063, 0x002d9700, 0x002da063, 0x002da700, 0x002da863, 0x002daf00,
        0x002db063, 0x002db700, 0x002db863, 0x002dbf00, 0x002dc063, 0x002dc700, 0x002dc863,
        0x002dcf00, 0x002dd063, 0x002dd700, 0x002dd863, 0x002ddf00, 0x002de041, 0x002e0001,
        0x002e2f03, 0x002e3001, 0x002e5e00, 0x002e8001, 0x002e9a00, 0x002e9b01, 0x002ef400,
        0x002f0001, 0x002fd600, 0x002ff001, 0x00300000, 0x00300101, 0x00300563, 0x00300771,
        0x00300801, 0x00302171, 0x00302a41, 0x00303001, 0x00303163, 0x00303601, 0x00303871,
        0x00303b63, 0x00303d01, 0x00304000, 0x00304163, 0x00309700, 0x00309941, 0x00309b01,
        0x00309d63, 0x0030a001, 0x0030a163, 0x0030fb41, 0x0030fc63, 0x00310000, 0x00310563,
        0x00313000, 0x00313163, 0x00318f00, 0x00319001, 0x00319211, 0x00319601, 0x0031a063,
        0x0031c001, 0x0031e400, 0x0031ef01, 0x0031f063, 0x00320001, 0x00321f00, 0x00322011,
        0x00322a01, 0x00324811, 0x00325001, 0x00325111, 0x00326001, 0x00328011, 0x00328a01,
        0x0032b111, 0x0032c001, 0x00340063, 0x00340573, 0x00340663, 0x00348373, 0x00348463,
        0x00382a73, 0x00382b63, 0x003b4d73, 0x003b4e63, 0x004dc001, 0x004e0073, 0x004e0163,
        0x004e0373, 0x004e0463, 0x004e0773, 0x004e0863, 0x004e0973, 0x004e0a63, 0x004e2473,
        0x004e2563, 0x004e5d73, 0x004e5e63, 0x004e8c73, 0x004e8d63, 0x004e9473, 0x004e9563,
        0x004e9673, 0x004e9763, 0x004eac73, 0x004ead63, 0x004ebf73, 0x004ec163, 0x004edf73,
        0x004ee063, 0x004ee873, 0x004ee963, 0x004f0d73, 0x004f0e63, 0x004f7073, 0x004f7163,
        0x004fe973, 0x004fea63, 0x00500673, 0x00500763, 0x00510473, 0x00510563, 0x00514673,
        0x00514763, 0x00516973, 0x00516a63, 0x00516b73, 0x00516c63, 0x00516d73, 0x00516e63,
        0x00534173, 0x00534263, 0x00534373, 0x00534663, 0x00534c73, 0x00534d63, 0x0053c173,
        0x0053c563, 0x0056db73, 0x0056dc63, 0x0058f173, 0x0058f263, 0x0058f973, 0x0058fa63,
        0x005e7a73, 0x005e7b63, 0x005efe73, 0x005f0063, 0x005f0c73, 0x005f0f63, 0x005f1073,
        0x005f1163, 0x0062d073, 0x0062d163, 0x0062fe73, 0x0062ff63, 0x00634c73, 0x00634d63,
        0x0067d273, 0x0067d363, 0x006d1e73, 0x006d1f63, 0x006f0673, 0x006f0763, 0x00739673,
        0x00739763, 0x00767e73, 0x00767f63, 0x00769573, 0x00769663, 0x0079ed73, 0x0079ee63,
        0x00808673, 0x00808763, 0x00842c73, 0x00842d63, 0x008cae73, 0x008caf63, 0x008cb373,
        0x008cb463, 0x008d3073, 0x008d3163, 0x00920e73, 0x00920f63, 0x0094a973, 0x0094aa63,
        0x00962173, 0x00962263, 0x00964673, 0x00964763, 0x00964c73, 0x00964d63, 0x00967873,
        0x00967963, 0x0096f673, 0x0096f763, 0x00a48d00, 0x00a49001, 0x00a4c700, 0x00a4d063,
        0x00a4fe01, 0x00a50063, 0x00a60d01, 0x00a61063, 0x00a6205d, 0x00a62a63, 0x00a62c00,
        0x00a64063, 0x00a66f41, 0x00a67001, 0x00a67441, 0x00a67e01, 0x00a67f63, 0x00a69e41,
        0x00a6a063, 0x00a6e671, 0x00a6f041, 0x00a6f201, 0x00a6f800, 0x00a70001, 0x00a71763,
        0x00a72001, 0x00a72263, 0x00a78901, 0x00a78b63, 0x00a7cb00, 0x00a7d063, 0x00a7d200,
        0x00a7d363, 0x00a7d400, 0x00a7d563, 0x00a7da00, 0x00a7f263, 0x00a80241, 0x00a80363,
        0x00a80641, 0x00a80763, 0x00a80b41, 0x00a80c63, 0x00a82341, 0x00a82801, 0x00a82c41,
        0x00a82d00, 0x00a83011, 0x00a83601, 0x00a83a00, 0x00a84063, 0x00a87401, 0x00a87800,
        0x00a88041, 0x00a88263, 0x00a8b441, 0x00a8c600, 0x00a8ce01, 0x00a8d05d, 0x00a8da00,
        0x00a8e041, 0x00a8f263, 0x00a8f801, 0x00a8fb63, 0x00a8fc01, 0x00a8fd63, 0x00a8ff41,
        0x00a9005d, 0x00a90a63, 0x00a92641, 0x00a92e01, 0x00a93063, 0x00a94741, 0x00a95400,
        0x00a95f01, 0x00a96063, 0x00a97d00, 0x00a98041, 0x00a98463, 0x00a9b341, 0x00a9c101,
        0x00a9ce00, 0x00a9cf63, 0x00a9d05d, 0x00a9da00, 0x00a9de01, 0x00a9e063, 0x00a9e541,
        0x00a9e663, 0x00a9f05d, 0x00a9fa63, 0x00a9ff00, 0x00aa0063, 0x00aa2941, 0x00aa3700,
        0x00aa4063, 0x00aa4341, 0x00aa4463, 0x00aa4c41, 0x00aa4e00, 0x00aa505d, 0x00aa5a00,
        0x00aa5c01, 0x00aa6063, 0x00aa7701, 0x00aa7a63, 0x00aa7b41, 0x00aa7e63, 0x00aab041,
        0x00aab163, 0x00aab241, 0x00aab563, 0x00aab741, 0x00aab963, 0x00aabe41, 0x00aac063,
        0x00aac141, 0x00aac263, 0x00aac300, 0x00aadb63, 0x00aade01, 0x00aae063, 0x00aaeb41,
        0x00aaf001, 0x00aaf263, 0x00aaf541, 0x00aaf700, 0x00ab0163, 0x00ab0700, 0x00ab0963,
        0x00ab0f00, 0x00ab1163, 0x00ab1700, 0x00ab2063, 0x00ab2700, 0x00ab2863, 0x00ab2f00,
        0x00ab3063, 0x00ab5b01, 0x00ab5c63, 0x00ab6a01, 0x00ab6c00, 0x00ab7063, 0x00abe341,
        0x00abeb01, 0x00abec41, 0x00abee00, 0x00abf05d, 0x00abfa00, 0x00ac0063, 0x00d7a400,
        0x00d7b063, 0x00d7c700, 0x00d7cb63, 0x00d7fc00, 0x00f90063, 0x00f96b73, 0x00f96c63,
        0x00f97373, 0x00f97463, 0x00f97873, 0x00f97963, 0x00f9b273, 0x00f9b363, 0x00f9d173,
        0x00f9d263, 0x00f9d373, 0x00f9d463, 0x00f9fd73, 0x00f9fe63, 0x00fa6e00, 0x00fa7063,
        0x00fada00, 0x00fb0063, 0x00fb0700, 0x00fb1363, 0x00fb1800, 0x00fb1d63, 0x00fb1e41,
        0x00fb1f63, 0x00fb2901, 0x00fb2a63, 0x00fb3700, 0x00fb3863, 0x00fb3d00, 0x00fb3e63,
        0x00fb3f00, 0x00fb4063, 0x00fb4200, 0x00fb4363, 0x00fb4500, 0x00fb4663, 0x00fbb201,
        0x00fbc300, 0x00fbd363, 0x00fc5e03, 0x00fc6463, 0x00fd3e01, 0x00fd5063, 0x00fd9000,
        0x00fd9263, 0x00fdc800, 0x00fdcf01, 0x00fdd000, 0x00fdf063, 0x00fdfa03, 0x00fdfc01,
        0x00fe0041, 0x00fe1001, 0x00fe1a00, 0x00fe2041, 0x00fe3001, 0x00fe3341, 0x00fe3501,
        0x00fe4d41, 0x00fe5001, 0x00fe5300, 0x00fe5401, 0x00fe6700, 0x00fe6801, 0x00fe6c00,
        0x00fe7003, 0x00fe7163, 0x00fe7203, 0x00fe7363, 0x00fe7403, 0x00fe7500, 0x00fe7603,
        0x00fe7763, 0x00fe7803, 0x00fe7963, 0x00fe7a03, 0x00fe7b63, 0x00fe7c03, 0x00fe7d63,
        0x00fe7e03, 0x00fe7f63, 0x00fefd00, 0x00ff0101, 0x00ff105d, 0x00ff1a01, 0x00ff2163,
        0x00ff3b01, 0x00ff3f41, 0x00ff4001, 0x00ff4163, 0x00ff5b01, 0x00ff6541, 0x00ff6663,
        0x00ff9e43, 0x00ffa063, 0x00ffbf00, 0x00ffc263, 0x00ffc800, 0x00ffca63, 0x00ffd000,
        0x00ffd263, 0x00ffd800, 0x00ffda63, 0x00ffdd00, 0x00ffe001, 0x00ffe700, 0x00ffe801,
        0x00ffef00, 0x00fffc01, 0x00fffe00, 0x01000063, 0x01000c00, 0x01000d63, 0x01002700,
        0x01002863, 0x01003b00, 0x01003c63, 0x01003e00, 0x01003f63, 0x01004e00, 0x01005063,
        0x01005e00, 0x01008063, 0x0100fb00, 0x01010001, 0x01010300, 0x01010711, 0x01013400,
        0x01013701, 0x01014071, 0x01017511, 0x01017901, 0x01018a11, 0x01018c01, 0x01018f00,
        0x01019001, 0x01019d00, 0x0101a001, 0x0101a100, 0x0101d001, 0x0101fd41, 0x0101fe00,
        0x01028063, 0x01029d00, 0x0102a063, 0x0102d100, 0x0102e041, 0x0102e111, 0x0102fc00,
        0x01030063, 0x01032011, 0x01032400, 0x01032d63, 0x01034171, 0x01034263, 0x01034a71,
        0x01034b00, 0x01035063, 0x01037641, 0x01037b00, 0x01038063, 0x01039e00, 0x01039f01,
        0x0103a063, 0x0103c400, 0x0103c863, 0x0103d001, 0x0103d171, 0x0103d600, 0x01040063,
        0x01049e00, 0x0104a05d, 0x0104aa00, 0x0104b063, 0x0104d400, 0x0104d863, 0x0104fc00,
        0x01050063, 0x01052800, 0x01053063, 0x01056400, 0x01056f01, 0x01057063, 0x01057b00,
        0x01057c63, 0x01058b00, 0x01058c63, 0x01059300, 0x01059463, 0x01059600, 0x01059763,
        0x0105a200, 0x0105a363, 0x0105b200, 0x0105b363, 0x0105ba00, 0x0105bb63, 0x0105bd00,
        0x01060063, 0x01073700, 0x01074063, 0x01075600, 0x01076063, 0x01076800, 0x01078063,
        0x01078600, 0x01078763, 0x0107b100, 0x0107b263, 0x0107bb00, 0x01080063, 0x01080600,
        0x01080863, 0x01080900, 0x01080a63, 0x01083600, 0x01083763, 0x01083900, 0x01083c63,
        0x01083d00, 0x01083f63, 0x01085600, 0x01085701, 0x01085811, 0x01086063, 0x01087701,
        0x01087911, 0x01088063, 0x01089f00, 0x0108a711, 0x0108b000, 0x0108e063, 0x0108f300,
        0x0108f463, 0x0108f600, 0x0108fb11, 0x01090063, 0x01091611, 0x01091c00, 0x01091f01,
        0x01092063, 0x01093a00, 0x01093f01, 0x01094000, 0x01098063, 0x0109b800, 0x0109bc11,
        0x0109be63, 0x0109c011, 0x0109d000, 0x0109d211, 0x010a0063, 0x010a0141, 0x010a0400,
        0x010a0541, 0x010a0700, 0x010a0c41, 0x010a1063, 0x010a1400, 0x010a1563, 0x010a1800,
        0x010a1963, 0x010a3600, 0x010a3841, 0x010a3b00, 0x010a3f41, 0x010a4019, 0x010a4411,
        0x010a4900, 0x010a5001, 0x010a5900, 0x010a6063, 0x010a7d11, 0x010a7f01, 0x010a8063,
        0x010a9d11, 0x010aa000, 0x010ac063, 0x010ac801, 0x010ac963, 0x010ae541, 0x010ae700,
        0x010aeb11, 0x010af001, 0x010af700, 0x010b0063, 0x010b3600, 0x010b3901, 0x010b4063,
        0x010b5600, 0x010b5811, 0x010b6063, 0x010b7300, 0x010b7811, 0x010b8063, 0x010b9200,
        0x010b9901, 0x010b9d00, 0x010ba911, 0x010bb000, 0x010c0063, 0x010c4900, 0x010c8063,
        0x010cb300, 0x010cc063, 0x010cf300, 0x010cfa11, 0x010d0063, 0x010d2441, 0x010d2800,
        0x010d305d, 0x010d3a00, 0x010e6019, 0x010e6911, 0x010e7f00, 0x010e8063, 0x010eaa00,
        0x010eab41, 0x010ead01, 0x010eae00, 0x010eb063, 0x010eb200, 0x010efd41, 0x010f0063,
        0x010f1d11, 0x010f2763, 0x010f2800, 0x010f3063, 0x010f4641, 0x010f5111, 0x010f5501,
        0x010f5a00, 0x010f7063, 0x010f8241, 0x010f8601, 0x010f8a00, 0x010fb063, 0x010fc511,
        0x010fcc00, 0x010fe063, 0x010ff700, 0x01100041, 0x01100363, 0x01103841, 0x01104701,
        0x01104e00, 0x01105219, 0x01105b11, 0x0110665d, 0x01107041, 0x01107163, 0x01107341,
        0x01107563, 0x01107600, 0x01107f41, 0x01108363, 0x0110b041, 0x0110bb01, 0x0110bd00,
        0x0110be01, 0x0110c241, 0x0110c300, 0x0110d063, 0x0110e900, 0x0110f05d, 0x0110fa00,
        0x01110041, 0x01110363, 0x01112741, 0x01113500, 0x0111365d, 0x01114001, 0x01114463,
        0x01114541, 0x01114763, 0x01114800, 0x01115063, 0x01117341, 0x01117401, 0x01117663,
        0x01117700, 0x01118041, 0x01118363, 0x0111b341, 0x0111c163, 0x0111c501, 0x0111c941,
        0x0111cd01, 0x0111ce41, 0x0111d05d, 0x0111da63, 0x0111db01, 0x0111dc63, 0x0111dd01,
        0x0111e000, 0x0111e111, 0x0111f500, 0x01120063, 0x01121200, 0x01121363, 0x01122c41,
        0x01123801, 0x01123e41, 0x01123f63, 0x01124141, 0x01124200, 0x01128063, 0x01128700,
        0x01128863, 0x01128900, 0x01128a63, 0x01128e00, 0x01128f63, 0x01129e00, 0x01129f63,
        0x0112a901, 0x0112aa00, 0x0112b063, 0x0112df41, 0x0112eb00, 0x0112f05d, 0x0112fa00,
        0x01130041, 0x01130400, 0x01130563, 0x01130d00, 0x01130f63, 0x01131100, 0x01131363,
        0x01132900, 0x01132a63, 0x01133100, 0x01133263, 0x01133400, 0x01133563, 0x01133a00,
        0x01133b41, 0x01133d63, 0x01133e41, 0x01134500, 0x01134741, 0x01134900, 0x01134b41,
        0x01134e00, 0x01135063, 0x01135100, 0x01135741, 0x01135800, 0x01135d63, 0x01136241,
        0x01136400, 0x01136641, 0x01136d00, 0x01137041, 0x01137500, 0x01140063, 0x01143541,
        0x01144763, 0x01144b01, 0x0114505d, 0x01145a01, 0x01145c00, 0x01145d01, 0x01145e41,
        0x01145f63, 0x01146200, 0x01148063, 0x0114b041, 0x0114c463, 0x0114c601, 0x0114c763,
        0x0114c800, 0x0114d05d, 0x0114da00, 0x01158063, 0x0115af41, 0x0115b600, 0x0115b841,
        0x0115c101, 0x0115d863, 0x0115dc41, 0x0115de00, 0x01160063, 0x01163041, 0x01164101,
        0x01164463, 0x01164500, 0x0116505d, 0x01165a00, 0x01166001, 0x01166d00, 0x01168063,
        0x0116ab41, 0x0116b863, 0x0116b901, 0x0116ba00, 0x0116c05d, 0x0116ca00, 0x01170063,
        0x01171b00, 0x01171d41, 0x01172c00, 0x0117305d, 0x01173a11, 0x01173c01, 0x01174063,
        0x01174700, 0x01180063, 0x01182c41, 0x01183b01, 0x01183c00, 0x0118a063, 0x0118e05d,
        0x0118ea11, 0x0118f300, 0x0118ff63, 0x01190700, 0x01190963, 0x01190a00, 0x01190c63,
        0x01191400, 0x01191563, 0x01191700, 0x01191863, 0x01193041, 0x01193600, 0x01193741,
        0x01193900, 0x01193b41, 0x01193f63, 0x01194041, 0x01194163, 0x01194241, 0x01194401,
        0x01194700, 0x0119505d, 0x01195a00, 0x0119a063, 0x0119a800, 0x0119aa63, 0x0119d141,
        0x0119d800, 0x0119da41, 0x0119e163, 0x0119e201, 0x0119e363, 0x0119e441, 0x0119e500,
        0x011a0063, 0x011a0141, 0x011a0b63, 0x011a3341, 0x011a3a63, 0x011a3b41, 0x011a3f01,
        0x011a4741, 0x011a4800, 0x011a5063, 0x011a5141, 0x011a5c63, 0x011a8a41, 0x011a9a01,
        0x011a9d63, 0x011a9e01, 0x011aa300, 0x011ab063, 0x011af900, 0x011b0001, 0x011b0a00,
        0x011c0063, 0x011c0900, 0x011c0a63, 0x011c2f41, 0x011c3700, 0x011c3841, 0x011c4063,
        0x011c4101, 0x011c4600, 0x011c505d, 0x011c5a11, 0x011c6d00, 0x011c7001, 0x011c7263,
        0x011c9000, 0x011c9241, 0x011ca800, 0x011ca941, 0x011cb700, 0x011d0063, 0x011d0700,
        0x011d0863, 0x011d0a00, 0x011d0b63, 0x011d3141, 0x011d3700, 0x011d3a41, 0x011d3b00,
        0x011d3c41, 0x011d3e00, 0x011d3f41, 0x011d4663, 0x011d4741, 0x011d4800, 0x011d505d,
        0x011d5a00, 0x011d6063, 0x011d6600, 0x011d6763, 0x011d6900, 0x011d6a63, 0x011d8a41,
        0x011d8f00, 0x011d9041, 0x011d9200, 0x011d9341, 0x011d9863, 0x011d9900, 0x011da05d,
        0x011daa00, 0x011ee063, 0x011ef341, 0x011ef701, 0x011ef900, 0x011f0041, 0x011f0263,
        0x011f0341, 0x011f0463, 0x011f1100, 0x011f1263, 0x011f3441, 0x011f3b00, 0x011f3e41,
        0x011f4301, 0x011f505d, 0x011f5a00, 0x011fb063, 0x011fb100, 0x011fc011, 0x011fd501,
        0x011ff200, 0x011fff01, 0x01200063, 0x01239a00, 0x01240071, 0x01246f00, 0x01247001,
        0x01247500, 0x01248063, 0x01254400, 0x012f9063, 0x012ff101, 0x012ff300, 0x01300063,
        0x01343000, 0x01344041, 0x01344163, 0x01344741, 0x01345600, 0x01440063, 0x01464700,
        0x01680063, 0x016a3900, 0x016a4063, 0x016a5f00, 0x016a605d, 0x016a6a00, 0x016a6e01,
        0x016a7063, 0x016abf00, 0x016ac05d, 0x016aca00, 0x016ad063, 0x016aee00, 0x016af041,
        0x016af501, 0x016af600, 0x016b0063, 0x016b3041, 0x016b3701, 0x016b4063, 0x016b4401,
        0x016b4600, 0x016b505d, 0x016b5a00, 0x016b5b11, 0x016b6200, 0x016b6363, 0x016b7800,
        0x016b7d63, 0x016b9000, 0x016e4063, 0x016e8011, 0x016e9701, 0x016e9b00, 0x016f0063,
        0x016f4b00, 0x016f4f41, 0x016f5063, 0x016f5141, 0x016f8800, 0x016f8f41, 0x016f9363,
        0x016fa000, 0x016fe063, 0x016fe201, 0x016fe363, 0x016fe441, 0x016fe500, 0x016ff041,
        0x016ff200, 0x01700063, 0x0187f800, 0x01880063, 0x018cd600, 0x018d0063, 0x018d0900,
        0x01aff063, 0x01aff400, 0x01aff563, 0x01affc00, 0x01affd63, 0x01afff00, 0x01b00063,
        0x01b12300, 0x01b13263, 0x01b13300, 0x01b15063, 0x01b15300, 0x01b15563, 0x01b15600,
        0x01b16463, 0x01b16800, 0x01b17063, 0x01b2fc00, 0x01bc0063, 0x01bc6b00, 0x01bc7063,
        0x01bc7d00, 0x01bc8063, 0x01bc8900, 0x01bc9063, 0x01bc9a00, 0x01bc9c01, 0x01bc9d41,
        0x01bc9f01, 0x01bca000, 0x01cf0041, 0x01cf2e00, 0x01cf3041, 0x01cf4700, 0x01cf5001,
        0x01cfc400, 0x01d00001, 0x01d0f600, 0x01d10001, 0x01d12700, 0x01d12901, 0x01d16541,
        0x01d16a01, 0x01d16d41, 0x01d17300, 0x01d17b41, 0x01d18301, 0x01d18541, 0x01d18c01,
        0x01d1aa41, 0x01d1ae01, 0x01d1eb00, 0x01d20001, 0x01d24241, 0x01d24501, 0x01d24600,
        0x01d2c011, 0x01d2d400, 0x01d2e011, 0x01d2f400, 0x01d30001, 0x01d35700, 0x01d36011,
        0x01d37900, 0x01d40063, 0x01d45500, 0x01d45663, 0x01d49d00, 0x01d49e63, 0x01d4a000,
        0x01d4a263, 0x01d4a300, 0x01d4a563, 0x01d4a700, 0x01d4a963, 0x01d4ad00, 0x01d4ae63,
        0x01d4ba00, 0x01d4bb63, 0x01d4bc00, 0x01d4bd63, 0x01d4c400, 0x01d4c563, 0x01d50600,
        0x01d50763, 0x01d50b00, 0x01d50d63, 0x01d51500, 0x01d51663, 0x01d51d00, 0x01d51e63,
        0x01d53a00, 0x01d53b63, 0x01d53f00, 0x01d54063, 0x01d54500, 0x01d54663, 0x01d54700,
        0x01d54a63, 0x01d55100, 0x01d55263, 0x01d6a600, 0x01d6a863, 0x01d6c101, 0x01d6c263,
        0x01d6db01, 0x01d6dc63, 0x01d6fb01, 0x01d6fc63, 0x01d71501, 0x01d71663, 0x01d73501,
        0x01d73663, 0x01d74f01, 0x01d75063, 0x01d76f01, 0x01d77063, 0x01d78901, 0x01d78a63,
        0x01d7a901, 0x01d7aa63, 0x01d7c301, 0x01d7c463, 0x01d7cc00, 0x01d7ce5d, 0x01d80001,
        0x01da0041, 0x01da3701, 0x01da3b41, 0x01da6d01, 0x01da7541, 0x01da7601, 0x01da8441,
        0x01da8501, 0x01da8c00, 0x01da9b41, 0x01daa000, 0x01daa141, 0x01dab000, 0x01df0063,
        0x01df1f00, 0x01df2563, 0x01df2b00, 0x01e00041, 0x01e00700, 0x01e00841, 0x01e01900,
        0x01e01b41, 0x01e02200, 0x01e02341, 0x01e02500, 0x01e02641, 0x01e02b00, 0x01e03063,
        0x01e06e00, 0x01e08f41, 0x01e09000, 0x01e10063, 0x01e12d00, 0x01e13041, 0x01e13763,
        0x01e13e00, 0x01e1405d, 0x01e14a00, 0x01e14e63, 0x01e14f01, 0x01e15000, 0x01e29063,
        0x01e2ae41, 0x01e2af00, 0x01e2c063, 0x01e2ec41, 0x01e2f05d, 0x01e2fa00, 0x01e2ff01,
        0x01e30000, 0x01e4d063, 0x01e4ec41, 0x01e4f05d, 0x01e4fa00, 0x01e7e063, 0x01e7e700,
        0x01e7e863, 0x01e7ec00, 0x01e7ed63, 0x01e7ef00, 0x01e7f063, 0x01e7ff00, 0x01e80063,
        0x01e8c500, 0x01e8c711, 0x01e8d041, 0x01e8d700, 0x01e90063, 0x01e94441, 0x01e94b63,
        0x01e94c00, 0x01e9505d, 0x01e95a00, 0x01e95e01, 0x01e96000, 0x01ec7111, 0x01ecac01,
        0x01ecad11, 0x01ecb001, 0x01ecb111, 0x01ecb500, 0x01ed0111, 0x01ed2e01, 0x01ed2f11,
        0x01ed3e00, 0x01ee0063, 0x01ee0400, 0x01ee0563, 0x01ee2000, 0x01ee2163, 0x01ee2300,
        0x01ee2463, 0x01ee2500, 0x01ee2763, 0x01ee2800, 0x01ee2963, 0x01ee3300, 0x01ee3463,
        0x01ee3800, 0x01ee3963, 0x01ee3a00, 0x01ee3b63, 0x01ee3c00, 0x01ee4263, 0x01ee4300,
        0x01ee4763, 0x01ee4800, 0x01ee4963, 0x01ee4a00, 0x01ee4b63, 0x01ee4c00, 0x01ee4d63,
        0x01ee5000, 0x01ee5163, 0x01ee5300, 0x01ee5463, 0x01ee5500, 0x01ee5763, 0x01ee5800,
        0x01ee5963, 0x01ee5a00, 0x01ee5b63, 0x01ee5c00, 0x01ee5d63, 0x01ee5e00, 0x01ee5f63,
        0x01ee6000, 0x01ee6163, 0x01ee6300, 0x01ee6463, 0x01ee6500, 0x01ee6763, 0x01ee6b00,
        0x01ee6c63, 0x01ee7300, 0x01ee7463, 0x01ee7800, 0x01ee7963, 0x01ee7d00, 0x01ee7e63,
        0x01ee7f00, 0x01ee8063, 0x01ee8a00, 0x01ee8b63, 0x01ee9c00, 0x01eea163, 0x01eea400,
        0x01eea563, 0x01eeaa00, 0x01eeab63, 0x01eebc00, 0x01eef001, 0x01eef200, 0x01f00001,
        0x01f02c00, 0x01f03001, 0x01f09400, 0x01f0a001, 0x01f0af00, 0x01f0b101, 0x01f0c000,
        0x01f0c101, 0x01f0d000, 0x01f0d101, 0x01f0f600, 0x01f10019, 0x01f10b11, 0x01f10d01,
        0x01f1ae00, 0x01f1e601, 0x01f20300, 0x01f21001, 0x01f23c00, 0x01f24001, 0x01f24900,
        0x01f25001, 0x01f25200, 0x01f26001, 0x01f26600, 0x01f30001, 0x01f6d800, 0x01f6dc01,
        0x01f6ed00, 0x01f6f001, 0x01f6fd00, 0x01f70001, 0x01f77700, 0x01f77b01, 0x01f7da00,
        0x01f7e001, 0x01f7ec00, 0x01f7f001, 0x01f7f100, 0x01f80001, 0x01f80c00, 0x01f81001,
        0x01f84800, 0x01f85001, 0x01f85a00, 0x01f86001, 0x01f88800, 0x01f89001, 0x01f8ae00,
        0x01f8b001, 0x01f8b200, 0x01f90001, 0x01fa5400, 0x01fa6001, 0x01fa6e00, 0x01fa7001,
        0x01fa7d00, 0x01fa8001, 0x01fa8900, 0x01fa9001, 0x01fabe00, 0x01fabf01, 0x01fac600,
        0x01face01, 0x01fadc00, 0x01fae001, 0x01fae900, 0x01faf001, 0x01faf900, 0x01fb0001,
        0x01fb9300, 0x01fb9401, 0x01fbcb00, 0x01fbf05d, 0x01fbfa00, 0x02000063, 0x02000173,
        0x02000263, 0x02006473, 0x02006563, 0x0200e273, 0x0200e363, 0x02012173, 0x02012263,
        0x02092a73, 0x02092b63, 0x02098373, 0x02098463, 0x02098c73, 0x02098d63, 0x02099c73,
        0x02099d63, 0x020aea73, 0x020aeb63, 0x020afd73, 0x020afe63, 0x020b1973, 0x020b1a63,
        0x02239073, 0x02239163, 0x02299873, 0x02299963, 0x023b1b73, 0x023b1c63, 0x02626d73,
        0x02626e63, 0x02a6e000, 0x02a70063, 0x02b73a00, 0x02b74063, 0x02b81e00, 0x02b82063,
        0x02cea200, 0x02ceb063, 0x02ebe100, 0x02ebf063, 0x02ee5e00, 0x02f80063, 0x02f89073,
        0x02f89163, 0x02fa1e00, 0x03000063, 0x03134b00, 0x03135063, 0x0323b000, 0x0e010041,
        0x0e01f000,
    ];

    fn flags(c: char) -> u8 {
        let cp = c as u32;
        if cp < 0x80 {
            return ascii_flags(c);
        }
        let i = TABLE.partition_point(|e| (e >> 8) <= cp);
        match i.checked_sub(1).and_then(|j| TABLE.get(j)) {
            Some(e) => (e & 0xff) as u8,
            None => 0,
        }
    }

    fn ascii_flags(c: char) -> u8 {
        let mut f = 0;
        if (' '..='~').contains(&c) {
            f |= PRINTABLE;
        }
        if c.is_ascii_alphabetic() {
            f |= ALPHA | ID_START | ID_CONTINUE;
        }
        if c.is_ascii_digit() {
            f |= DECIMAL | DIGIT | NUMERIC | ID_CONTINUE;
        }
        if c == '_' {
            f |= ID_START | ID_CONTINUE;
        }
        f
    }

    /// `str.isprintable` for one character.
    pub fn is_printable(c: char) -> bool {
        flags(c) & PRINTABLE != 0
    }

    /// `str.isalpha` for one character (general category L*).
    pub fn is_alpha(c: char) -> bool {
        flags(c) & ALPHA != 0
    }

    /// `str.isdecimal` for one character (category Nd).
    pub fn is_decimal(c: char) -> bool {
        flags(c) & DECIMAL != 0
    }

    /// `str.isdigit` for one character.
    pub fn is_digit(c: char) -> bool {
        flags(c) & DIGIT != 0
    }

    /// `str.isnumeric` for one character.
    pub fn is_numeric(c: char) -> bool {
        flags(c) & NUMERIC != 0
    }

    /// `str.isalnum` for one character.
    pub fn is_alnum(c: char) -> bool {
        flags(c) & (ALPHA | DECIMAL | DIGIT | NUMERIC) != 0
    }

    /// Whether `c` may start an identifier (XID_Start or `_`).
    pub fn is_id_start(c: char) -> bool {
        flags(c) & ID_START != 0
    }

    /// Whether `c` may continue an identifier (XID_Continue).
    pub fn is_id_continue(c: char) -> bool {
        flags(c) & ID_CONTINUE != 0
    }

    /// `str.isspace` for one character (Python's whitespace, which includes
    /// the ASCII separators U+001C..U+001F).
    pub fn is_space(c: char) -> bool {
        matches!(
            c,
            '\t'..='\r'
                | '\x1c'..=' '
                | '\u{85}'
                | '\u{a0}'
                | '\u{1680}'
                | '\u{2000}'..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
        )
    }

    /// Whether `c` ends a line for `str.splitlines`.
    pub fn is_linebreak(c: char) -> bool {
        matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    }

    /// Titlecase letters (category Lt).
    pub fn is_title(c: char) -> bool {
        matches!(
            c as u32,
            0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc
        )
    }

    /// Whether `c` is assigned in the Unicode version CPython 3.13 uses
    /// (Rust's own tables may be newer; characters added since then have
    /// no properties or case mappings in Python).
    fn known(c: char) -> bool {
        c.is_ascii() || is_printable(c)
    }

    /// Uppercase (the derived Uppercase property).
    pub fn is_upper(c: char) -> bool {
        c.is_uppercase() && known(c)
    }

    /// Lowercase (the derived Lowercase property).
    pub fn is_lower(c: char) -> bool {
        c.is_lowercase() && known(c)
    }

    /// Cased: uppercase, lowercase or titlecase.
    pub fn is_cased(c: char) -> bool {
        is_lower(c) || is_upper(c) || is_title(c)
    }

    /// Appends a case mapping of `c`, unless it involves characters newer
    /// than CPython's Unicode database (then `c` maps to itself).
    fn push_mapped<I: Iterator<Item = char> + Clone>(out: &mut String, c: char, mapped: I) {
        if c.is_ascii() || (known(c) && mapped.clone().all(known)) {
            out.extend(mapped);
        } else {
            out.push(c);
        }
    }

    /// Appends the full uppercase mapping of `c`.
    pub fn push_upper(out: &mut String, c: char) {
        push_mapped(out, c, c.to_uppercase());
    }

    /// The full uppercase mapping of `c` as a small vector of characters.
    fn upper_chars(c: char) -> Vec<char> {
        let mut s = String::new();
        push_upper(&mut s, c);
        s.chars().collect()
    }

    /// Case-ignorable characters for the final-sigma rule (an approximation
    /// covering apostrophes, periods, colons, combining marks and modifiers).
    fn is_case_ignorable(c: char) -> bool {
        matches!(
            c,
            '\'' | '.'
                | ':'
                | '^'
                | '`'
                | '\u{ad}'
                | '\u{b7}'
                | '\u{2018}'
                | '\u{2019}'
                | '\u{2024}'
                | '\u{2027}'
        ) || matches!(c as u32, 0x300..=0x36f | 0x2b0..=0x2ff | 0x483..=0x489 | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe00..=0xfe0f | 0xfe20..=0xfe2f)
    }

    /// Whether the capital sigma at `chars[i]` lowercases to the final form ς.
    fn final_sigma(chars: &[char], i: usize) -> bool {
        let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c));
        let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c));
        before.is_some_and(|c| is_cased(*c)) && !after.is_some_and(|c| is_cased(*c))
    }

    /// Appends the lowercase of `chars[i]` (with the final-sigma rule).
    pub fn push_lower(out: &mut String, chars: &[char], i: usize) {
        let c = chars[i];
        if c == '\u{3a3}' {
            out.push(if final_sigma(chars, i) {
                '\u{3c2}'
            } else {
                '\u{3c3}'
            });
        } else {
            push_mapped(out, c, c.to_lowercase());
        }
    }

    /// Appends the full titlecase mapping of `c`.
    pub fn push_title(out: &mut String, c: char) {
        let cp = c as u32;
        let single = match cp {
            0x1c4..=0x1c6 => Some(0x1c5),
            0x1c7..=0x1c9 => Some(0x1c8),
            0x1ca..=0x1cc => Some(0x1cb),
            0x1f1..=0x1f3 => Some(0x1f2),
            0x10d0..=0x10fa | 0x10fd..=0x10ff => Some(cp),
            0x1f80..=0x1faf => Some(cp | 8),
            0x1fb3 | 0x1fbc => Some(0x1fbc),
            0x1fc3 | 0x1fcc => Some(0x1fcc),
            0x1ff3 | 0x1ffc => Some(0x1ffc),
            _ => None,
        };
        if let Some(t) = single.and_then(char::from_u32) {
            out.push(t);
            return;
        }
        let multi: Option<&[u32]> = match cp {
            0x149 => Some(&[0x2bc, 0x4e]),
            0x1fb2 => Some(&[0x1fba, 0x345]),
            0x1fb4 => Some(&[0x386, 0x345]),
            0x1fb7 => Some(&[0x391, 0x342, 0x345]),
            0x1fc2 => Some(&[0x1fca, 0x345]),
            0x1fc4 => Some(&[0x389, 0x345]),
            0x1fc7 => Some(&[0x397, 0x342, 0x345]),
            0x1ff2 => Some(&[0x1ffa, 0x345]),
            0x1ff4 => Some(&[0x38f, 0x345]),
            0x1ff7 => Some(&[0x3a9, 0x342, 0x345]),
            _ => None,
        };
        if let Some(m) = multi {
            out.extend(m.iter().filter_map(|u| char::from_u32(*u)));
            return;
        }
        let up = upper_chars(c);
        if let Some(first) = up.first() {
            out.push(*first);
        }
        for rest in up.iter().skip(1) {
            push_mapped(out, *rest, rest.to_lowercase());
        }
    }

    /// Appends the full case folding of `c`.
    pub fn push_casefold(out: &mut String, c: char) {
        let cp = c as u32;
        let mapped = match cp {
            0x13a0..=0x13f5 | 0x131 => Some(cp),
            0x13f8..=0x13fd => Some(cp - 8),
            0xab70..=0xabbf => Some(cp - 0xab70 + 0x13a0),
            0x1e9e => {
                out.push_str("ss");
                return;
            }
            _ => None,
        };
        if let Some(m) = mapped.and_then(char::from_u32) {
            out.push(m);
            return;
        }
        for u in upper_chars(c) {
            push_mapped(out, u, u.to_lowercase());
        }
    }
}

// ---------------------------------------------------------------------
// repr and ascii
// ---------------------------------------------------------------------

/// Appends the `\x..`/`\u....`/`\U........` escape of `c`.
pub(crate) fn push_code_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let cp = c as u32;
    let _ = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// `repr(str)`: CPython's choice of quotes and escapes (printable
/// non-ASCII characters are kept as they are).
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if c.is_ascii() => push_code_escape(&mut out, c),
            _ if ucd::is_printable(c) => out.push(c),
            _ => push_code_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Escapes non-ASCII characters as `ascii()` does to a repr.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_code_escape(&mut out, c);
        }
    }
    out
}

// ---------------------------------------------------------------------
// Constructor
// ---------------------------------------------------------------------

/// Constructor: `str()`, `str(object)`, `str(bytes, encoding, errors)`;
/// `args[0]` is the class (`str` or a subclass).
pub fn str_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(vm.type_error("str.__new__(): not enough arguments"));
    };
    let cls = str_subclass(vm, cls)?;
    let rest = &args[1..];
    check_count(vm, "str", rest.len(), 0, 3)?;
    let sig = Sig {
        name: "str",
        params: &["object", "encoding", "errors"],
        posonly: 0,
    };
    let bound = bind(vm, &sig, rest, kw)?;
    let encoding = opt_str_param(vm, bound[1].as_ref(), "str", "encoding")?;
    let errors = opt_str_param(vm, bound[2].as_ref(), "str", "errors")?;
    let text = match (&bound[0], encoding.is_some() || errors.is_some()) {
        (None, _) => String::new(),
        (Some(obj), false) => {
            if Arc::ptr_eq(&cls, &types().str_) {
                return vm.to_str_value(obj);
            }
            vm.to_str(obj)?
        }
        (Some(obj), true) => decode_object(vm, obj, encoding.as_deref(), errors.as_deref())?,
    };
    Ok(new_str_of_class(&cls, text))
}

/// Checks the class argument of `str.__new__`.
fn str_subclass(vm: &Vm, cls: &Value) -> PyResult<ObjRef> {
    let Some(Payload::Type(_)) = cls.payload() else {
        return Err(vm.type_error(format!(
            "str.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    };
    let Value::Obj(c) = cls else {
        return Err(vm.type_error("str.__new__(): not enough arguments"));
    };
    if !crate::typeobj::is_subtype(c, &types().str_) {
        let name = crate::typeobj::type_data(c).name();
        return Err(vm.type_error(format!(
            "str.__new__({name}): {name} is not a subtype of str"
        )));
    }
    Ok(c.clone())
}

/// A new str instance of `cls` (the builtin `str` or a subclass).
fn new_str_of_class(cls: &ObjRef, text: String) -> Value {
    if Arc::ptr_eq(cls, &types().str_) {
        Value::str(text)
    } else {
        Value::Obj(PyObject::with_class(
            cls.clone(),
            Payload::Str(PyStr::new(text)),
        ))
    }
}

/// An optional str parameter (`str() argument 'encoding' must be str, not int`).
pub(crate) fn opt_str_param(
    vm: &Vm,
    v: Option<&Value>,
    func: &str,
    name: &str,
) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!(
                "{func}() argument '{name}' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// `str(obj, encoding, errors)`: decodes a bytes-like object.
fn decode_object(
    vm: &mut Vm,
    obj: &Value,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<String> {
    let data: Vec<u8> = match obj.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        Some(Payload::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
        _ => {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(obj)
            )))
        }
    };
    crate::types::bytes::decode(
        vm,
        &data,
        encoding.unwrap_or("utf-8"),
        errors.unwrap_or("strict"),
    )
}

// ---------------------------------------------------------------------
// Indexing and operators
// ---------------------------------------------------------------------

/// The characters of `s` selected by a resolved slice.
fn slice_text(s: &PyStr, sl: SliceIdx) -> String {
    let text = s.as_str();
    if sl.len == 0 {
        return String::new();
    }
    if s.is_ascii() {
        let b = text.as_bytes();
        return sl
            .indices()
            .filter_map(|i| b.get(i).map(|x| *x as char))
            .collect();
    }
    if sl.step == 1 {
        let start = s.byte_offset(sl.start as usize);
        let end = s.byte_offset(sl.start as usize + sl.len);
        return text.get(start..end).unwrap_or("").to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    sl.indices().filter_map(|i| chars.get(i).copied()).collect()
}

/// `s[k]` for a str (`k` an int, an object with `__index__`, or a slice).
pub fn getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let Some(s) = as_pystr(c) else {
        return Err(vm.type_error("descriptor '__getitem__' requires a 'str' object"));
    };
    let len = s.char_len();
    match seq_key(vm, k, len)? {
        Key::Index(i) => Ok(Value::str(s.char_at(i).to_string())),
        Key::OutOfRange => Err(vm.index_error("string index out of range")),
        Key::Slice(sl) => {
            if sl.step == 1 && sl.start == 0 && sl.len == len && is_exact_str(c) {
                return Ok(c.clone());
            }
            Ok(Value::str(slice_text(s, sl)))
        }
        Key::Other => Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(k)
        ))),
    }
}

/// `s * n` (a negative count gives the empty string).
fn repeat(vm: &Vm, s: &str, n: i64) -> PyResult<Value> {
    let total = repeat_len(vm, s.len(), n, "string")?;
    if total == 0 {
        return Ok(Value::str(""));
    }
    let mut out = String::with_capacity(total);
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(Value::str(out))
}

/// `a + b` with str `a`: the concatenation, or CPython's TypeError.
fn concat(vm: &Vm, a: &str, b: &Value) -> PyResult<Value> {
    match b.as_str() {
        Some(bs) => {
            check_alloc(vm, a.len() + bs.len())?;
            let mut out = String::with_capacity(a.len() + bs.len());
            out.push_str(a);
            out.push_str(bs);
            Ok(Value::str(out))
        }
        None => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(b)
        ))),
    }
}

/// Binary operators with a str on the left (`+`, `*`, `%`); both operands
/// are builtins. `int * str` arrives swapped as `str * int`.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(s) = a.as_str() else { return Ok(None) };
    match op {
        BinOp::Add => {
            if b.as_str() == Some("") && is_exact_str(a) {
                return Ok(Some(a.clone()));
            }
            if s.is_empty() && is_exact_str(b) {
                return Ok(Some(b.clone()));
            }
            concat(vm, s, b).map(Some)
        }
        BinOp::Mul => match repeat_count(vm, b)? {
            Some(n) => {
                if n == 1 && is_exact_str(a) {
                    return Ok(Some(a.clone()));
                }
                repeat(vm, s, n).map(Some)
            }
            None => Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(b)
            ))),
        },
        BinOp::Mod => percent_format(vm, a, b).map(Some),
        _ => Ok(None),
    }
}

// ---------------------------------------------------------------------
// Helpers for methods
// ---------------------------------------------------------------------

fn not_implemented() -> Value {
    crate::typeobj::singletons().not_implemented.clone()
}

fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new_list(items))
}

fn new_tuple(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new_tuple(items))
}

/// Byte offsets of the code-point range `[cs, ce)` of `s` (`cs <= ce <= len`).
fn byte_range(s: &PyStr, cs: usize, ce: usize) -> (usize, usize) {
    if s.is_ascii() {
        return (cs, ce.max(cs));
    }
    let text = s.as_str();
    let mut offsets = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()));
    let bs = offsets.nth(cs).unwrap_or(text.len());
    let be = if ce > cs {
        offsets.nth(ce - cs - 1).unwrap_or(text.len())
    } else {
        bs
    };
    (bs, be)
}

/// The code-point index of byte offset `b` (a char boundary) of `s`.
fn char_index(s: &PyStr, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s.as_str().get(..b).map_or(0, |t| t.chars().count())
    }
}

/// The receiver, the substring and the resolved code-point range of a
/// `find`-like call.
type FindArgs<'a> = (&'a PyStr, &'a str, Option<(usize, usize)>);

/// Parses `name(sub[, start[, end]])`.
fn find_args<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<FindArgs<'a>> {
    let s = recv(vm, args, name)?;
    no_kw(vm, kw, &format!("str.{name}"))?;
    check_count(vm, name, args.len() - 1, 1, 3)?;
    let sub = str_arg(vm, &args[1], &format!("{name}() argument 1"))?;
    let start = opt_slice_arg(vm, args.get(2))?;
    let end = opt_slice_arg(vm, args.get(3))?;
    Ok((s, sub, adjust_range(s.char_len(), start, end)))
}

/// Position of `sub` in `s[range]` (from the right when `right`), as a code-point index.
fn find_in(s: &PyStr, sub: &str, range: Option<(usize, usize)>, right: bool) -> Option<usize> {
    let (cs, ce) = range?;
    if ce < cs {
        return None;
    }
    let (bs, be) = byte_range(s, cs, ce);
    let hay = s.as_str().get(bs..be)?;
    let pos = if right { hay.rfind(sub) } else { hay.find(sub) }?;
    Some(char_index(s, bs + pos))
}

fn find_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let (s, sub, range) = find_args(vm, args, kw, name)?;
    match find_in(s, sub, range, right) {
        Some(i) => Ok(Value::from(i)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "find", false, false)
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "rfind", true, false)
}

fn str_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "index", false, true)
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "rindex", true, true)
}

fn str_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sub, range) = find_args(vm, args, kw, "count")?;
    let Some((cs, ce)) = range else {
        return Ok(Value::Int(0));
    };
    if ce < cs {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::from(ce - cs + 1));
    }
    let (bs, be) = byte_range(s, cs, ce);
    let n = s.as_str().get(bs..be).map_or(0, |h| h.matches(sub).count());
    Ok(Value::from(n))
}

/// `startswith`/`endswith`.
fn tail_match(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    end: bool,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    no_kw(vm, kw, &format!("str.{name}"))?;
    check_count(vm, name, args.len() - 1, 1, 3)?;
    let start = opt_slice_arg(vm, args.get(2))?;
    let stop = opt_slice_arg(vm, args.get(3))?;
    let range = adjust_range(s.char_len(), start, stop);
    let subs: Vec<&str> = match args[1].payload() {
        Some(Payload::Str(p)) => vec![p.as_str()],
        Some(Payload::Tuple(items)) => {
            let mut v = Vec::with_capacity(items.len());
            for it in items.iter() {
                match it.as_str() {
                    Some(x) => v.push(x),
                    None => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(it)
                        )))
                    }
                }
            }
            v
        }
        _ => {
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(&args[1])
            )))
        }
    };
    let Some((cs, ce)) = range else {
        return Ok(Value::Bool(false));
    };
    if ce < cs {
        return Ok(Value::Bool(false));
    }
    let (bs, be) = byte_range(s, cs, ce);
    let hay = s.as_str().get(bs..be).unwrap_or("");
    let hit = subs.iter().any(|p| {
        if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    });
    Ok(Value::Bool(hit))
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    tail_match(vm, args, kw, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    tail_match(vm, args, kw, "endswith", true)
}

// ---------------------------------------------------------------------
// Splitting and joining
// ---------------------------------------------------------------------

/// The `sep` and `maxsplit` arguments of `split`/`rsplit`.
fn split_args<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: &[(Value, Value)],
    name: &'static str,
) -> PyResult<(&'a PyStr, Option<String>, usize)> {
    let s = recv(vm, args, name)?;
    let sig = Sig {
        name,
        params: &["sep", "maxsplit"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let sep = match &b[0] {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some("") => return Err(vm.value_error("empty separator")),
            Some(x) => Some(x.to_string()),
            None => {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v))))
            }
        },
    };
    let max = match &b[1] {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    Ok((s, sep, max))
}

/// Splits on runs of whitespace, at most `max` times, from the left.
fn split_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut left = max;
    loop {
        rest = rest.trim_start_matches(ucd::is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let end = rest.find(ucd::is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        left -= 1;
    }
    out
}

/// Splits on runs of whitespace, at most `max` times, from the right.
fn rsplit_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut left = max;
    loop {
        rest = rest.trim_end_matches(ucd::is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let start = rest.rfind(ucd::is_space).map_or(0, |p| {
            p + rest[p..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = &rest[..start];
        left -= 1;
    }
    out.reverse();
    out
}

fn split_sep<'a>(text: &'a str, sep: &str, max: usize) -> Vec<&'a str> {
    if max == usize::MAX {
        return text.split(sep).collect();
    }
    text.splitn(max.saturating_add(1), sep).collect()
}

fn rsplit_sep<'a>(text: &'a str, sep: &str, max: usize) -> Vec<&'a str> {
    let mut v: Vec<&str> = if max == usize::MAX {
        text.rsplit(sep).collect()
    } else {
        text.rsplitn(max.saturating_add(1), sep).collect()
    };
    v.reverse();
    v
}

fn strs_to_list(parts: Vec<&str>) -> Value {
    new_list(parts.into_iter().map(Value::str).collect())
}

fn str_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, kw, "split")?;
    let parts = match &sep {
        None => split_whitespace(s.as_str(), max),
        Some(sep) => split_sep(s.as_str(), sep, max),
    };
    Ok(strs_to_list(parts))
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, kw, "rsplit")?;
    let parts = match &sep {
        None => rsplit_whitespace(s.as_str(), max),
        Some(sep) => rsplit_sep(s.as_str(), sep, max),
    };
    Ok(strs_to_list(parts))
}

/// Splits at line boundaries (`\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`..`\x1e`, `\x85`, U+2028, U+2029).
pub fn split_lines(text: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((pos, c)) = iter.next() {
        if !ucd::is_linebreak(c) {
            continue;
        }
        let mut eol = pos + c.len_utf8();
        if c == '\r' && matches!(iter.peek(), Some((_, '\n'))) {
            iter.next();
            eol += 1;
        }
        out.push(&text[start..if keepends { eol } else { pos }]);
        start = eol;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "splitlines")?;
    let sig = Sig {
        name: "splitlines",
        params: &["keepends"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let keep = match &b[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(strs_to_list(split_lines(s.as_str(), keep)))
}

fn str_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let sep = recv(vm, args, "join")?.as_str().to_string();
    let iterable = one_arg(vm, args, kw, "str.join")?;
    let items = match iterable.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            let it = match vm.iter(&iterable) {
                Ok(it) => it,
                Err(e) if vm.err_is(&e, "TypeError") => {
                    return Err(vm.type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            };
            let mut v = Vec::new();
            while let Some(x) = vm.next(&it)? {
                v.push(x);
            }
            v
        }
    };
    if items.len() == 1 && is_exact_str(&items[0]) {
        return Ok(items[0].clone());
    }
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, x) in items.iter().enumerate() {
        match x.as_str() {
            Some(t) => total = total.saturating_add(t.len()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(x)
                )))
            }
        }
    }
    check_alloc(vm, total)?;
    let mut out = String::with_capacity(total);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(x.as_str().unwrap_or(""));
    }
    Ok(Value::str(out))
}

fn partition_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    right: bool,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    let sep_v = one_arg(vm, args, kw, &format!("str.{name}"))?;
    let sep = str_arg(vm, &sep_v, "must be")
        .map_err(|_| vm.type_error(format!("must be str, not {}", vm.type_name(&sep_v))))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if right {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let parts = match found {
        Some(p) => vec![
            Value::str(&text[..p]),
            sep_v.clone(),
            Value::str(&text[p + sep.len()..]),
        ],
        None if right => vec![Value::str(""), Value::str(""), same_or_new(&args[0], text)],
        None => vec![same_or_new(&args[0], text), Value::str(""), Value::str("")],
    };
    let parts = parts
        .into_iter()
        .map(|v| {
            if is_exact_str(&v) {
                v
            } else {
                Value::str(v.as_str().unwrap_or(""))
            }
        })
        .collect();
    Ok(new_tuple(parts))
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "rpartition", true)
}

// ---------------------------------------------------------------------
// Stripping, replacing, padding
// ---------------------------------------------------------------------

fn strip_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    no_kw(vm, kw, &format!("str.{name}"))?;
    check_count(vm, name, args.len() - 1, 0, 1)?;
    let text = s.as_str();
    let out = match args.get(1) {
        None | Some(Value::None) => {
            let t = if left {
                text.trim_start_matches(ucd::is_space)
            } else {
                text
            };
            if right {
                t.trim_end_matches(ucd::is_space)
            } else {
                t
            }
        }
        Some(v) => match v.as_str() {
            Some(chars) => {
                let set: Vec<char> = chars.chars().collect();
                let t = if left {
                    text.trim_start_matches(set.as_slice())
                } else {
                    text
                };
                if right {
                    t.trim_end_matches(set.as_slice())
                } else {
                    t
                }
            }
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    if out.len() == text.len() {
        return Ok(same_or_new(&args[0], text));
    }
    Ok(Value::str(out))
}

fn str_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "replace")?;
    let sig = Sig {
        name: "replace",
        params: &["old", "new", "count"],
        posonly: 2,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let (Some(old_v), Some(new_v)) = (&b[0], &b[1]) else {
        return Err(vm.type_error("replace() takes at least 2 positional arguments (0 given)"));
    };
    let old = str_arg(vm, old_v, "replace() argument 1")?;
    let new = str_arg(vm, new_v, "replace() argument 2")?;
    let count = match &b[2] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let text = s.as_str();
    let occurrences = if old.is_empty() {
        s.char_len() + 1
    } else {
        text.matches(old).count()
    };
    let n = if count < 0 {
        occurrences
    } else {
        occurrences.min(count as usize)
    };
    if n == 0 {
        return Ok(same_or_new(&args[0], text));
    }
    let size = text.len() as u128 + (n as u128) * (new.len() as u128);
    check_alloc(vm, size.min(u128::from(u64::MAX)) as usize)?;
    Ok(Value::str(text.replacen(old, new, n)))
}

/// The `fillchar` argument of `center`/`ljust`/`rjust`.
fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

/// Pads `text` with `left` and `right` copies of `fill`.
fn pad(vm: &Vm, text: &str, left: usize, right: usize, fill: char) -> PyResult<String> {
    let size = text.len() as u128 + (left as u128 + right as u128) * fill.len_utf8() as u128;
    check_alloc(vm, size.min(u128::from(u64::MAX)) as usize)?;
    let mut out = String::with_capacity(size as usize);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `center`, `ljust` and `rjust` (`which` is `^`, `<` or `>`).
fn justify(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    which: char,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    no_kw(vm, kw, &format!("str.{name}"))?;
    check_count(vm, name, args.len() - 1, 1, 2)?;
    let width = int_arg(vm, &args[1])?;
    let fill = fill_char(vm, args.get(2))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_new(&args[0], s.as_str()));
    }
    let marg = (width - len) as usize;
    let (l, r) = match which {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    Ok(Value::str(pad(vm, s.as_str(), l, r, fill)?))
}

fn str_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "center", '^')
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "ljust", '<')
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "rjust", '>')
}

fn str_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "zfill")?;
    let w = one_arg(vm, args, kw, "str.zfill")?;
    let width = int_arg(vm, &w)?;
    let len = s.char_len() as i64;
    let text = s.as_str();
    if width <= len {
        return Ok(same_or_new(&args[0], text));
    }
    let fill = (width - len) as usize;
    check_alloc(vm, fill + text.len())?;
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+') | Some(b'-') => text.split_at(1),
        _ => ("", text),
    };
    let mut out = String::with_capacity(fill + text.len());
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::str(out))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "expandtabs")?;
    let sig = Sig {
        name: "expandtabs",
        params: &["tabsize"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let tab = match &b[0] {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(same_or_new(&args[0], text));
    }
    let mut out = String::with_capacity(text.len());
    let mut col: u64 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab as u64 - col % tab as u64;
                    check_alloc(vm, out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

fn affix_arg<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{name}() argument must be str, not {}",
            vm.type_name(v)
        ))
    })
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "removeprefix")?;
    let p = one_arg(vm, args, kw, "str.removeprefix")?;
    let prefix = affix_arg(vm, &p, "removeprefix")?;
    match s.as_str().strip_prefix(prefix) {
        Some(rest) if !prefix.is_empty() => Ok(Value::str(rest)),
        _ => Ok(same_or_new(&args[0], s.as_str())),
    }
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "removesuffix")?;
    let p = one_arg(vm, args, kw, "str.removesuffix")?;
    let suffix = affix_arg(vm, &p, "removesuffix")?;
    match s.as_str().strip_suffix(suffix) {
        Some(rest) if !suffix.is_empty() => Ok(Value::str(rest)),
        _ => Ok(same_or_new(&args[0], s.as_str())),
    }
}

// ---------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------

/// Applies a whole-string case transformation (no arguments).
fn case_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    no_args(vm, args, kw, &format!("str.{name}"))?;
    Ok(Value::str(f(s.as_str())))
}

fn upper_text(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        ucd::push_upper(&mut out, c);
    }
    out
}

fn lower_text(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_lowercase();
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for i in 0..chars.len() {
        ucd::push_lower(&mut out, &chars, i);
    }
    out
}

fn casefold_text(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        ucd::push_casefold(&mut out, c);
    }
    out
}

fn title_text(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for (i, c) in chars.iter().enumerate() {
        if prev_cased {
            ucd::push_lower(&mut out, &chars, i);
        } else {
            ucd::push_title(&mut out, *c);
        }
        prev_cased = ucd::is_cased(*c);
    }
    out
}

fn capitalize_text(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, c) in chars.iter().enumerate() {
        if i == 0 {
            ucd::push_title(&mut out, *c);
        } else {
            ucd::push_lower(&mut out, &chars, i);
        }
    }
    out
}

fn swapcase_text(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, c) in chars.iter().enumerate() {
        if ucd::is_upper(*c) {
            ucd::push_lower(&mut out, &chars, i);
        } else if ucd::is_lower(*c) {
            ucd::push_upper(&mut out, *c);
        } else {
            out.push(*c);
        }
    }
    out
}

fn str_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "upper", upper_text)
}

fn str_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "lower", lower_text)
}

fn str_casefold(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "casefold", casefold_text)
}

fn str_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "title", title_text)
}

fn str_capitalize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "capitalize", capitalize_text)
}

fn str_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "swapcase", swapcase_text)
}

// ---------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------

/// Applies a whole-string predicate (no arguments).
fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&str) -> bool,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    no_args(vm, args, kw, &format!("str.{name}"))?;
    Ok(Value::Bool(f(s.as_str())))
}

fn all_nonempty(t: &str, f: fn(char) -> bool) -> bool {
    !t.is_empty() && t.chars().all(f)
}

fn is_upper_text(t: &str) -> bool {
    let mut cased = false;
    for c in t.chars() {
        if ucd::is_lower(c) || ucd::is_title(c) {
            return false;
        }
        cased |= ucd::is_upper(c);
    }
    cased
}

fn is_lower_text(t: &str) -> bool {
    let mut cased = false;
    for c in t.chars() {
        if ucd::is_upper(c) || ucd::is_title(c) {
            return false;
        }
        cased |= ucd::is_lower(c);
    }
    cased
}

fn is_title_text(t: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in t.chars() {
        if ucd::is_upper(c) || ucd::is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if ucd::is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier`.
pub fn is_identifier(t: &str) -> bool {
    let mut it = t.chars();
    match it.next() {
        Some(c) if ucd::is_id_start(c) => it.all(ucd::is_id_continue),
        _ => false,
    }
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isdigit", |t| all_nonempty(t, ucd::is_digit))
}

fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isdecimal", |t| {
        all_nonempty(t, ucd::is_decimal)
    })
}

fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isnumeric", |t| {
        all_nonempty(t, ucd::is_numeric)
    })
}

fn str_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalpha", |t| all_nonempty(t, ucd::is_alpha))
}

fn str_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalnum", |t| all_nonempty(t, ucd::is_alnum))
}

fn str_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isspace", |t| all_nonempty(t, ucd::is_space))
}

fn str_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isupper", is_upper_text)
}

fn str_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "islower", is_lower_text)
}

fn str_istitle(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "istitle", is_title_text)
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isidentifier", is_identifier)
}

fn str_isprintable(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isprintable", |t| {
        t.chars().all(ucd::is_printable)
    })
}

fn str_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isascii", str::is_ascii)
}

// ---------------------------------------------------------------------
// encode, translate, maketrans
// ---------------------------------------------------------------------

fn str_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "encode")?;
    let sig = Sig {
        name: "encode",
        params: &["encoding", "errors"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let encoding = opt_str_param(vm, b[0].as_ref(), "encode", "encoding")?;
    let errors = opt_str_param(vm, b[1].as_ref(), "encode", "errors")?;
    let data = crate::types::bytes::encode(
        vm,
        s.as_str(),
        encoding.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(crate::types::bytes::new_bytes(data))
}

/// What `str.translate` does with one character.
enum Mapped {
    Keep,
    Delete,
    Text(String),
}

fn translate_char(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let r = match vm.getitem(table, &Value::Int(c as i64)) {
        Ok(r) => r,
        Err(e) if vm.err_is(&e, "LookupError") => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    match &r {
        Value::None => Ok(Mapped::Delete),
        Value::Int(_) | Value::Bool(_) => {
            let i = clamp_int(&r);
            match u32::try_from(i).ok().filter(|u| *u < 0x110000) {
                Some(u) => Ok(Mapped::Text(
                    char::from_u32(u).unwrap_or('\u{fffd}').to_string(),
                )),
                None => Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        }
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            Err(vm.value_error("character mapping must be in range(0x110000)"))
        }
        _ => match r.as_str() {
            Some(t) => Ok(Mapped::Text(t.to_string())),
            None => Err(vm.type_error("character mapping must return integer, None or str")),
        },
    }
}

fn str_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "translate")?;
    let table = one_arg(vm, args, kw, "str.translate")?;
    let text = s.as_str().to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match translate_char(vm, &table, c)? {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Text(t) => out.push_str(&t),
        }
    }
    Ok(Value::str(out))
}

fn single_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// `str.maketrans(x[, y[, z]])` (a static method).
fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "str.maketrans")?;
    check_count(vm, "maketrans", args.len(), 1, 3)?;
    let out = PyObject::new_dict(crate::dict::Dict::new());
    let Payload::Dict(cell) = &out.payload else {
        return Err(vm.error("SystemError", "bad dict"));
    };
    if args.len() == 1 {
        let Some(Payload::Dict(src)) = args[0].payload() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let entries: Vec<(Value, Value)> = src
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            let key = match (&k, k.as_str()) {
                (_, Some(t)) => match single_char(t) {
                    Some(c) => Value::Int(c as i64),
                    None => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                },
                (Value::Int(_) | Value::Bool(_), None) => Value::Int(clamp_int(&k)),
                (Value::Obj(o), None) if matches!(o.payload, Payload::BigInt(_)) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            crate::dict::set_item(vm, cell, key, v)?;
        }
        return Ok(Value::Obj(out));
    }
    let Some(x) = args[0].as_str() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = str_arg(vm, &args[1], "maketrans() argument 2")?;
    let z = match args.get(2) {
        Some(v) => Some(str_arg(vm, v, "maketrans() argument 3")?),
        None => None,
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        crate::dict::set_item(vm, cell, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    for c in z.unwrap_or("").chars() {
        crate::dict::set_item(vm, cell, Value::Int(c as i64), Value::None)?;
    }
    Ok(Value::Obj(out))
}

// ---------------------------------------------------------------------
// Special methods
// ---------------------------------------------------------------------

fn str_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__len__")?;
    slot_args(vm, args, kw, "__len__", 0)?;
    Ok(Value::from(s.char_len()))
}

fn str_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__getitem__")?;
    slot_args(vm, args, kw, "__getitem__", 1)?;
    getitem(vm, &args[0], &args[1])
}

fn str_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__contains__")?;
    slot_args(vm, args, kw, "__contains__", 1)?;
    match args[1].as_str() {
        Some(needle) => Ok(Value::Bool(s.as_str().contains(needle))),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

/// Whether the class of `v` (a user class instance) defines the special method `name`.
fn user_defines(vm: &Vm, v: &Value, name: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.is_some()) && vm.lookup_special(v, name).is_some()
}

fn str_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__add__")?;
    slot_args(vm, args, kw, "__add__", 1)?;
    if args[1].as_str().is_none() && user_defines(vm, &args[1], &names().__radd__) {
        return Ok(not_implemented());
    }
    concat(vm, s.as_str(), &args[1])
}

fn mul_common(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    slot_args(vm, args, kw, name, 1)?;
    let other = &args[1];
    if !has_index(vm, other) {
        if name == "__mul__" && user_defines(vm, other, &names().__rmul__) {
            return Ok(not_implemented());
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(other)
        )));
    }
    match repeat_count(vm, other)? {
        Some(n) => repeat(vm, s.as_str(), n),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn str_mul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    mul_common(vm, args, kw, "__mul__")
}

fn str_rmul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    mul_common(vm, args, kw, "__rmul__")
}

fn str_mod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__mod__")?;
    slot_args(vm, args, kw, "__mod__", 1)?;
    percent_format(vm, &args[0], &args[1])
}

fn str_rmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__rmod__")?;
    slot_args(vm, args, kw, "__rmod__", 1)?;
    if args[1].as_str().is_some() {
        return percent_format(vm, &args[1], &args[0]);
    }
    Ok(not_implemented())
}

/// Rich comparison of two strs (code-point order equals UTF-8 byte order).
fn compare_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    slot_args(vm, args, kw, name, 1)?;
    let Some(o) = args[1].as_str() else {
        return Ok(not_implemented());
    };
    let ord = s.as_str().cmp(o);
    use std::cmp::Ordering::*;
    let r = match name {
        "__eq__" => ord == Equal,
        "__ne__" => ord != Equal,
        "__lt__" => ord == Less,
        "__le__" => ord != Greater,
        "__gt__" => ord == Greater,
        _ => ord != Less,
    };
    Ok(Value::Bool(r))
}

fn str_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__eq__")
}

fn str_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__ne__")
}

fn str_lt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__lt__")
}

fn str_le(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__le__")
}

fn str_gt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__gt__")
}

fn str_ge(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__ge__")
}

fn str_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__hash__")?;
    slot_args(vm, args, kw, "__hash__", 0)?;
    Ok(Value::Int(s.hash()))
}

fn str_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__repr__")?;
    slot_args(vm, args, kw, "__repr__", 0)?;
    Ok(Value::str(repr_str(s.as_str())))
}

fn str_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__str__")?;
    slot_args(vm, args, kw, "__str__", 0)?;
    Ok(same_or_new(&args[0], s.as_str()))
}

fn str_format_spec(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__format__")?;
    let spec = one_arg(vm, args, kw, "str.__format__")?;
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&spec)
        )));
    };
    if spec.is_empty() {
        return vm.to_str_value(&args[0]);
    }
    format(vm, &args[0], spec).map(Value::str)
}

fn str_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__iter__")?;
    slot_args(vm, args, kw, "__iter__", 0)?;
    match &args[0] {
        Value::Obj(o) => Ok(new_iter(IterState::Str(o.clone(), 0))),
        other => vm.iter(other),
    }
}

fn str_getnewargs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__getnewargs__")?;
    no_args(vm, args, kw, "str.__getnewargs__")?;
    Ok(new_tuple(vec![Value::str(s.as_str())]))
}

fn str_sizeof(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__sizeof__")?;
    no_args(vm, args, kw, "str.__sizeof__")?;
    let per = if s.is_ascii() { 1 } else { 4 };
    Ok(Value::from(40 + 1 + s.char_len() * per))
}

fn str_format_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "format")?;
    let text = s.as_str().to_string();
    let src = FieldSource::Args {
        args: &args[1..],
        kw,
    };
    format_template(vm, &text, &src).map(Value::str)
}

fn str_format_map(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "format_map")?;
    let mapping = one_arg(vm, args, kw, "str.format_map")?;
    let text = s.as_str().to_string();
    let src = FieldSource::Mapping(&mapping);
    format_template(vm, &text, &src).map(Value::str)
}

/// Methods of `str`.
pub const METHODS: &[MethodDef] = &[
    method("__len__", str_len),
    method("__getitem__", str_getitem),
    method("__contains__", str_contains),
    method("__add__", str_add),
    method("__mul__", str_mul),
    method("__rmul__", str_rmul),
    method("__mod__", str_mod),
    method("__rmod__", str_rmod),
    method("__eq__", str_eq),
    method("__ne__", str_ne),
    method("__lt__", str_lt),
    method("__le__", str_le),
    method("__gt__", str_gt),
    method("__ge__", str_ge),
    method("__hash__", str_hash),
    method("__repr__", str_repr),
    method("__str__", str_str),
    method("__format__", str_format_spec),
    method("__iter__", str_iter),
    method("__getnewargs__", str_getnewargs),
    method("__sizeof__", str_sizeof),
    method("join", str_join),
    method("split", str_split),
    method("rsplit", str_rsplit),
    method("splitlines", str_splitlines),
    method("strip", str_strip),
    method("lstrip", str_lstrip),
    method("rstrip", str_rstrip),
    method("replace", str_replace),
    method("find", str_find),
    method("rfind", str_rfind),
    method("index", str_index),
    method("rindex", str_rindex),
    method("count", str_count),
    method("startswith", str_startswith),
    method("endswith", str_endswith),
    method("upper", str_upper),
    method("lower", str_lower),
    method("casefold", str_casefold),
    method("title", str_title),
    method("capitalize", str_capitalize),
    method("swapcase", str_swapcase),
    method("center", str_center),
    method("ljust", str_ljust),
    method("rjust", str_rjust),
    method("zfill", str_zfill),
    method("partition", str_partition),
    method("rpartition", str_rpartition),
    method("isdigit", str_isdigit),
    method("isdecimal", str_isdecimal),
    method("isnumeric", str_isnumeric),
    method("isalpha", str_isalpha),
    method("isalnum", str_isalnum),
    method("isspace", str_isspace),
    method("isupper", str_isupper),
    method("islower", str_islower),
    method("istitle", str_istitle),
    method("isidentifier", str_isidentifier),
    method("isprintable", str_isprintable),
    method("isascii", str_isascii),
    method("expandtabs", str_expandtabs),
    method("encode", str_encode),
    method("format", str_format_method),
    method("format_map", str_format_map),
    method("removeprefix", str_removeprefix),
    method("removesuffix", str_removesuffix),
    method("translate", str_translate),
    staticmethod("maketrans", str_maketrans),
];

// ---------------------------------------------------------------------
// Format specs (`format(s, spec)`)
// ---------------------------------------------------------------------

/// Turns a `locus_format` error into the Python exception it names.
pub(crate) fn format_error(vm: &Vm, e: locus_format::FormatError) -> crate::vm::PyErr {
    vm.error(e.kind.name(), e.message)
}

/// `format(s, spec)` for a str `v` (fill, alignment, width and precision).
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let Some(s) = v.as_str() else {
        return vm.to_str(v);
    };
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let type_name = vm.type_name(v);
    let parsed =
        locus_format::parse_format_spec(spec, &type_name).map_err(|e| format_error(vm, e))?;
    locus_format::format_str(s, &parsed, &type_name).map_err(|e| format_error(vm, e))
}

// ---------------------------------------------------------------------
// printf-style formatting (`str % args`)
// ---------------------------------------------------------------------

/// Whether `%` formats a str or a bytes object (whose text is handled as Latin-1).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum PctMode {
    /// `str % args`
    Str,
    /// `bytes % args`
    Bytes,
}

/// The positional arguments of a `%` operation and which one comes next
/// (CPython's `argidx`/`arglen` scheme: a non-tuple operand, or the value of
/// a `%(key)` lookup, is a single argument).
struct PctArgs {
    items: Vec<Value>,
    single: Value,
    idx: i64,
    len: i64,
    mapping: Option<Value>,
}

impl PctArgs {
    fn new(vm: &Vm, args: &Value) -> PctArgs {
        let mapping = if is_mapping_for_percent(vm, args) {
            Some(args.clone())
        } else {
            None
        };
        match args.payload() {
            Some(Payload::Tuple(t)) => PctArgs {
                items: t.to_vec(),
                single: Value::None,
                idx: 0,
                len: t.len() as i64,
                mapping,
            },
            _ => PctArgs {
                items: Vec::new(),
                single: args.clone(),
                idx: -2,
                len: -1,
                mapping,
            },
        }
    }

    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.idx >= self.len {
            return Err(vm.type_error("not enough arguments for format string"));
        }
        let i = self.idx;
        self.idx += 1;
        if self.len < 0 {
            Ok(self.single.clone())
        } else {
            Ok(self.items.get(i as usize).cloned().unwrap_or(Value::None))
        }
    }

    fn use_key(&mut self, v: Value) {
        self.single = v;
        self.idx = -2;
        self.len = -1;
    }
}

/// Whether the right operand of `%` is used as a mapping for `%(key)s`
/// (anything subscriptable except tuples and strs).
fn is_mapping_for_percent(vm: &Vm, v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    if o.class.is_some() {
        return !matches!(o.payload, Payload::Tuple(_) | Payload::Str(_))
            && vm.lookup_special(v, &names().__getitem__).is_some();
    }
    matches!(
        o.payload,
        Payload::Dict(_)
            | Payload::List(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. }
    )
}

/// An error while formatting: a raised exception or a `locus_format` error.
enum PctError {
    Py(crate::vm::PyErr),
    Fmt(locus_format::FormatError),
}

impl From<locus_format::FormatError> for PctError {
    fn from(e: locus_format::FormatError) -> PctError {
        PctError::Fmt(e)
    }
}

impl From<crate::vm::PyErr> for PctError {
    fn from(e: crate::vm::PyErr) -> PctError {
        PctError::Py(e)
    }
}

/// The VM side of `locus_format::percent_format`.
struct PctDriver<'a> {
    vm: &'a mut Vm,
    args: PctArgs,
    current: Value,
    mode: PctMode,
}

impl locus_format::PercentArgs for PctDriver<'_> {
    type Error = PctError;

    fn require_mapping(&mut self) -> Result<(), PctError> {
        if self.args.mapping.is_none() {
            return Err(self.vm.type_error("format requires a mapping").into());
        }
        Ok(())
    }

    fn lookup_key(&mut self, key: &str) -> Result<(), PctError> {
        let Some(mapping) = self.args.mapping.clone() else {
            return Err(self.vm.type_error("format requires a mapping").into());
        };
        let key = match self.mode {
            PctMode::Str => Value::str(key),
            PctMode::Bytes => {
                crate::types::bytes::new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            }
        };
        let v = self.vm.getitem(&mapping, &key)?;
        self.args.use_key(v);
        Ok(())
    }

    fn star(&mut self, which: locus_format::Star) -> Result<i64, PctError> {
        let v = self.args.next(self.vm)?;
        let too_big = || match which {
            locus_format::Star::Width => "Python int too large to convert to C ssize_t",
            locus_format::Star::Precision => "Python int too large to convert to C int",
        };
        let n = match &v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                return Err(self.vm.error("OverflowError", too_big()).into())
            }
            _ => return Err(self.vm.type_error("* wants int").into()),
        };
        if which == locus_format::Star::Precision && i32::try_from(n).is_err() {
            return Err(self.vm.error("OverflowError", too_big()).into());
        }
        Ok(n)
    }

    fn fetch(&mut self) -> Result<(), PctError> {
        self.current = self.args.next(self.vm)?;
        Ok(())
    }

    fn render(
        &mut self,
        spec: &locus_format::PercentSpec,
        out: &mut String,
    ) -> Result<(), PctError> {
        let v = self.current.clone();
        let piece = render_conv(self.vm, &v, spec, self.mode)?;
        out.push_str(&piece);
        Ok(())
    }
}

/// `%s`/`%b` of bytes formatting: the bytes of a bytes-like object or of `__bytes__`, as Latin-1 text.
fn percent_bytes_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let data = match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    };
    let data = match data {
        Some(d) => d,
        None => {
            let r = if matches!(v, Value::Obj(o) if o.class.is_some()) {
                vm.call_special(v, &crate::intern::intern("__bytes__"), &[])?
            } else {
                None
            };
            match r.as_ref().and_then(|r| r.payload()) {
                Some(Payload::Bytes(b)) => b.to_vec(),
                _ => {
                    return Err(vm.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        vm.type_name(v)
                    )))
                }
            }
        }
    };
    Ok(data.iter().map(|b| *b as char).collect())
}

/// An int (small or big) for `%d`-like conversions.
enum IntVal {
    Small(i64),
    Big(BigInt),
}

/// The integer for `%d`/`%i`/`%u` (real numbers, truncated) or `%o`/`%x`/`%X` (via `__index__`).
fn percent_int(vm: &mut Vm, v: &Value, conv: char) -> PyResult<IntVal> {
    let integral = matches!(conv, 'o' | 'x' | 'X');
    let wrong = |vm: &Vm| {
        let what = if integral {
            "an integer"
        } else {
            "a real number"
        };
        vm.type_error(format!(
            "%{conv} format: {what} is required, not {}",
            vm.type_name(v)
        ))
    };
    let user = matches!(v, Value::Obj(o) if o.class.is_some());
    let v = match v {
        Value::Float(f) if !integral => return float_to_int(vm, *f),
        Value::Float(_) | Value::None | Value::Null => return Err(wrong(vm)),
        _ if has_index(vm, v) => vm.index_value(v)?,
        _ if !integral && user && vm.lookup_special(v, &names().__int__).is_some() => {
            match vm.call_special(v, &names().__int__, &[])? {
                Some(r) => r,
                None => return Err(wrong(vm)),
            }
        }
        _ => return Err(wrong(vm)),
    };
    match &v {
        Value::Int(i) => Ok(IntVal::Small(*i)),
        Value::Bool(b) => Ok(IntVal::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Ok(IntVal::Big(b.clone())),
            _ => Err(wrong(vm)),
        },
        _ => Err(wrong(vm)),
    }
}

/// `int(f)` for `%d` of a float.
fn float_to_int(vm: &Vm, f: f64) -> PyResult<IntVal> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.error("OverflowError", "cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(IntVal::Small(t as i64));
    }
    Ok(IntVal::Big(
        num_traits::FromPrimitive::from_f64(t).unwrap_or_default(),
    ))
}

/// The float for `%e %f %g` and friends.
fn percent_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) if o.class.is_none() => b
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| vm.error("OverflowError", "int too large to convert to float")),
            _ => {
                if vm.lookup_special(v, &names().__float__).is_some() {
                    if let Some(Value::Float(f)) = vm.call_special(v, &names().__float__, &[])? {
                        return Ok(f);
                    }
                }
                if has_index(vm, v) {
                    let i = vm.index_value(v)?;
                    return percent_float(vm, &i);
                }
                Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
            }
        },
        _ => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// `%c` of a str: an int code point or a one-character str.
fn percent_char_str(vm: &mut Vm, v: &Value, spec: &locus_format::PercentSpec) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        if single_char(s).is_none() {
            return Err(vm.type_error("%c requires int or char"));
        }
        return locus_format::percent_format_str(s, spec).map_err(|e| format_error(vm, e));
    }
    if !has_index(vm, v) {
        return Err(vm.type_error("%c requires int or char"));
    }
    match vm.index_value(v)? {
        Value::Int(i) => locus_format::percent_format_i64(i, spec).map_err(|e| format_error(vm, e)),
        _ => Err(vm.error("OverflowError", "%c arg not in range(0x110000)")),
    }
}

/// `%c` of bytes formatting: an int in range(256) or a single byte.
fn percent_char_bytes(
    vm: &mut Vm,
    v: &Value,
    spec: &locus_format::PercentSpec,
) -> PyResult<String> {
    let single = match v.payload() {
        Some(Payload::Bytes(b)) if b.len() == 1 => Some(b[0]),
        Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => b.borrow().first().copied(),
        _ => None,
    };
    let byte = match single {
        Some(b) => b,
        None if !has_index(vm, v) => {
            return Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
        }
        None => match vm.index_value(v)? {
            Value::Int(i) if (0..256).contains(&i) => i as u8,
            _ => return Err(vm.error("OverflowError", "%c arg not in range(256)")),
        },
    };
    let text = (byte as char).to_string();
    locus_format::percent_format_str(&text, spec).map_err(|e| format_error(vm, e))
}

/// Renders one conversion whose argument is `v`.
fn render_conv(
    vm: &mut Vm,
    v: &Value,
    spec: &locus_format::PercentSpec,
    mode: PctMode,
) -> PyResult<String> {
    let conv = spec.conv;
    let text = match (conv, mode) {
        ('s', PctMode::Str) => Some(vm.to_str(v)?),
        ('s', PctMode::Bytes) => Some(percent_bytes_text(vm, v)?),
        ('r', PctMode::Str) => Some(vm.repr(v)?),
        ('a', _) | ('r', PctMode::Bytes) => Some(ascii_escape(&vm.repr(v)?)),
        _ => None,
    };
    let r = match (conv, text) {
        (_, Some(t)) => locus_format::percent_format_str(&t, spec),
        ('c', None) => {
            return match mode {
                PctMode::Str => percent_char_str(vm, v, spec),
                PctMode::Bytes => percent_char_bytes(vm, v, spec),
            }
        }
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', None) => {
            let x = percent_float(vm, v)?;
            locus_format::percent_format_float(x, spec)
        }
        _ => match percent_int(vm, v, conv)? {
            IntVal::Small(i) => locus_format::percent_format_i64(i, spec),
            IntVal::Big(b) => locus_format::percent_format_int(&b, spec),
        },
    };
    r.map_err(|e| format_error(vm, e))
}

/// Rewrites the bytes-only conversion `%b` as its alias `%s` (same length,
/// so error positions are unchanged).
fn alias_percent_b(fmt: &str) -> String {
    let mut chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            i += 1;
            continue;
        }
        if chars.get(i) == Some(&'(') {
            let mut depth = 0;
            while i < chars.len() {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
        }
        while matches!(
            chars.get(i),
            Some('-' | '+' | ' ' | '#' | '0'..='9' | '*' | '.' | 'h' | 'l' | 'L')
        ) {
            i += 1;
        }
        if let Some(c) = chars.get_mut(i) {
            if *c == 'b' {
                *c = 's';
            }
        }
        i += 1;
    }
    chars.into_iter().collect()
}

/// `str % args`: printf-style formatting with a tuple, a single value or a
/// mapping (`%(name)s`).
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let Some(text) = fmt.as_str() else {
        return Err(vm.type_error("descriptor '__mod__' requires a 'str' object"));
    };
    percent_core(vm, text, args, PctMode::Str).map(Value::str)
}

/// The `%` operation on `text` (for bytes: the Latin-1 decoding of the
/// format; the result is then Latin-1 text).
pub(crate) fn percent_core(
    vm: &mut Vm,
    text: &str,
    args: &Value,
    mode: PctMode,
) -> PyResult<String> {
    let aliased;
    let text = if mode == PctMode::Bytes && text.contains('b') {
        aliased = alias_percent_b(text);
        aliased.as_str()
    } else {
        text
    };
    let state = PctArgs::new(vm, args);
    let mut driver = PctDriver {
        vm,
        args: state,
        current: Value::None,
        mode,
    };
    let out = match locus_format::percent_format(text, &mut driver) {
        Ok(s) => s,
        Err(PctError::Py(e)) => return Err(e),
        Err(PctError::Fmt(e)) => return Err(format_error(driver.vm, e)),
    };
    let a = &driver.args;
    if a.idx < a.len && a.mapping.is_none() {
        let what = if mode == PctMode::Str {
            "string"
        } else {
            "bytes"
        };
        return Err(driver.vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

// ---------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------

/// One replacement field of a `str.format` template, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawField<'a> {
    /// The field name (`0`, `name.attr[key]`, or empty).
    pub name: &'a str,
    /// The conversion after `!`, if any.
    pub conversion: Option<char>,
    /// The format spec after `:` (possibly with nested fields).
    pub spec: &'a str,
    /// Whether the spec contains nested `{...}` fields to expand.
    pub spec_has_fields: bool,
}

/// A piece of a `str.format` template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text (`{{` and `}}` already reduced).
    Text(&'a str),
    /// A replacement field.
    Field(RawField<'a>),
}

/// Splits a `str.format` template into pieces, lazily (errors in later
/// parts surface only after the earlier fields have been formatted, as in
/// CPython). Errors are `ValueError` messages.
pub struct Template<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Template<'a> {
    /// A scanner over `s`.
    pub fn new(s: &'a str) -> Template<'a> {
        Template { s, pos: 0 }
    }

    /// The next piece, `Ok(None)` at the end.
    pub fn next_piece(&mut self) -> Result<Option<Piece<'a>>, String> {
        let s = self.s;
        let b = s.as_bytes();
        let p = self.pos;
        if p >= b.len() {
            return Ok(None);
        }
        match (b[p], b.get(p + 1)) {
            (b'{', Some(b'{')) => {
                self.pos = p + 2;
                Ok(Some(Piece::Text(&s[p..p + 1])))
            }
            (b'}', Some(b'}')) => {
                self.pos = p + 2;
                Ok(Some(Piece::Text(&s[p..p + 1])))
            }
            (b'}', _) => Err("Single '}' encountered in format string".into()),
            (b'{', None) => Err("Single '{' encountered in format string".into()),
            (b'{', Some(_)) => {
                let (field, end) = scan_field(s, p + 1)?;
                self.pos = end;
                Ok(Some(Piece::Field(field)))
            }
            _ => {
                let end = b[p..]
                    .iter()
                    .position(|c| *c == b'{' || *c == b'}')
                    .map_or(b.len(), |k| p + k);
                self.pos = end;
                Ok(Some(Piece::Text(&s[p..end])))
            }
        }
    }
}

/// Scans a replacement field starting just after its `{`; returns the field
/// and the position after its closing `}`.
fn scan_field(s: &str, start: usize) -> Result<(RawField<'_>, usize), String> {
    let b = s.as_bytes();
    let mut i = start;
    let expected = || "expected '}' before end of string".to_string();
    // The field name: brackets protect their contents.
    loop {
        match b.get(i) {
            None => return Err(expected()),
            Some(b'[') => {
                let close = b[i..]
                    .iter()
                    .position(|c| *c == b']')
                    .ok_or_else(expected)?;
                i += close + 1;
            }
            Some(b'{') => return Err("unexpected '{' in field name".into()),
            Some(b'}' | b'!' | b':') => break,
            Some(_) => i += 1,
        }
    }
    let name = &s[start..i];
    let mut conversion = None;
    if b[i] == b'!' {
        let Some(c) = s[i + 1..].chars().next() else {
            return Err("end of string while looking for conversion specifier".into());
        };
        conversion = Some(c);
        i += 1 + c.len_utf8();
        match b.get(i) {
            None => return Err("unmatched '{' in format spec".into()),
            Some(b'}' | b':') => {}
            Some(_) => return Err("expected ':' after conversion specifier".into()),
        }
    }
    if b[i] == b'}' {
        let field = RawField {
            name,
            conversion,
            spec: "",
            spec_has_fields: false,
        };
        return Ok((field, i + 1));
    }
    // The spec: nested braces must balance.
    let spec_start = i + 1;
    let mut depth = 1;
    let mut nested = false;
    let mut j = spec_start;
    while j < b.len() {
        match b[j] {
            b'{' => {
                depth += 1;
                nested = true;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    let field = RawField {
                        name,
                        conversion,
                        spec: &s[spec_start..j],
                        spec_has_fields: nested,
                    };
                    return Ok((field, j + 1));
                }
            }
            _ => {}
        }
        j += 1;
    }
    Err("unmatched '{' in format spec".into())
}

/// The first part of a field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldArg<'a> {
    /// `{}`: the next positional argument.
    Auto,
    /// `{3}`
    Index(usize),
    /// `{name}`
    Name(&'a str),
}

/// An attribute or item access after the first part of a field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access<'a> {
    /// `.attr`
    Attr(&'a str),
    /// `[3]`
    Index(usize),
    /// `[key]`
    Key(&'a str),
}

/// A decimal index, `None` if `s` is not all digits; `Err` when too large.
fn parse_index(s: &str) -> Result<Option<usize>, String> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for d in s.bytes() {
        n = n
            .checked_mul(10)
            .and_then(|x| x.checked_add(usize::from(d - b'0')))
            .filter(|x| *x <= i64::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
    }
    Ok(Some(n))
}

/// Parses a field name such as `0.attr[key][1]`.
pub fn parse_field_name(name: &str) -> Result<(FieldArg<'_>, Vec<Access<'_>>), String> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let arg = if first.is_empty() {
        FieldArg::Auto
    } else {
        match parse_index(first)? {
            Some(i) => FieldArg::Index(i),
            None => FieldArg::Name(first),
        }
    };
    let mut rest = Vec::new();
    let b = name.as_bytes();
    let mut i = first_end;
    while i < b.len() {
        if b[i] == b'.' {
            let end = name[i + 1..]
                .find(['.', '['])
                .map_or(name.len(), |k| i + 1 + k);
            let attr = &name[i + 1..end];
            if attr.is_empty() {
                return Err("Empty attribute in format string".into());
            }
            rest.push(Access::Attr(attr));
            i = end;
        } else {
            // b[i] == b'['
            let Some(close) = name[i + 1..].find(']').map(|k| i + 1 + k) else {
                return Err("Missing ']' in format string".into());
            };
            let key = &name[i + 1..close];
            if key.is_empty() {
                return Err("Empty attribute in format string".into());
            }
            rest.push(match parse_index(key)? {
                Some(n) => Access::Index(n),
                None => Access::Key(key),
            });
            i = close + 1;
            if i < b.len() && b[i] != b'.' && b[i] != b'[' {
                return Err("Only '.' or '[' may follow ']' in format field specifier".into());
            }
        }
    }
    Ok((arg, rest))
}

/// Where `str.format` fields take their values from.
enum FieldSource<'a> {
    /// `str.format(*args, **kwargs)`.
    Args {
        args: &'a [Value],
        kw: &'a [(Value, Value)],
    },
    /// `str.format_map(mapping)`.
    Mapping(&'a Value),
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering.
#[derive(Default)]
struct Numbering {
    auto: Option<usize>,
    manual: bool,
}

impl Numbering {
    fn resolve(&mut self, vm: &Vm, arg: FieldArg) -> PyResult<Option<usize>> {
        match arg {
            FieldArg::Auto => {
                if self.manual {
                    return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                let n = self.auto.unwrap_or(0);
                self.auto = Some(n + 1);
                Ok(Some(n))
            }
            FieldArg::Index(i) => {
                if self.auto.is_some() {
                    return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                self.manual = true;
                Ok(Some(i))
            }
            FieldArg::Name(_) => Ok(None),
        }
    }
}

/// The object a field name refers to.
fn field_object(
    vm: &mut Vm,
    src: &FieldSource,
    numbering: &mut Numbering,
    name: &str,
) -> PyResult<Value> {
    let (arg, rest) = parse_field_name(name).map_err(|m| vm.value_error(m))?;
    let index = match src {
        FieldSource::Mapping(_) if !matches!(arg, FieldArg::Name(_)) => {
            return Err(vm.value_error("Format string contains positional fields"));
        }
        _ => numbering.resolve(vm, arg)?,
    };
    let mut obj = match (src, index, arg) {
        (FieldSource::Args { args, .. }, Some(i), _) => match args.get(i) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                )))
            }
        },
        (FieldSource::Args { kw, .. }, None, FieldArg::Name(n)) => {
            match kw.iter().find(|(k, _)| k.as_str() == Some(n)) {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(Value::str(n))),
            }
        }
        (FieldSource::Mapping(m), _, FieldArg::Name(n)) => vm.getitem(m, &Value::str(n))?,
        _ => return Err(vm.value_error("Format string contains positional fields")),
    };
    for a in rest {
        obj = match a {
            Access::Attr(attr) => vm.get_attr_str(&obj, attr)?,
            Access::Index(i) => vm.getitem(&obj, &Value::from(i))?,
            Access::Key(k) => vm.getitem(&obj, &Value::str(k))?,
        };
    }
    Ok(obj)
}

/// Formats one replacement field.
fn render_field(
    vm: &mut Vm,
    src: &FieldSource,
    numbering: &mut Numbering,
    f: &RawField,
    depth: u32,
) -> PyResult<Value> {
    let obj = field_object(vm, src, numbering, f.name)?;
    let obj = match f.conversion {
        None => obj,
        Some('r') => vm.repr_value(&obj)?,
        Some('s') => vm.to_str_value(&obj)?,
        Some('a') => Value::str(ascii_escape(&vm.repr(&obj)?)),
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if f.spec_has_fields {
        expand(vm, f.spec, src, numbering, depth - 1)?
    } else {
        f.spec.to_string()
    };
    vm.format(&obj, &spec)
}

/// Expands a template (or a nested format spec) at the given recursion depth.
fn expand(
    vm: &mut Vm,
    text: &str,
    src: &FieldSource,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(text.len());
    let mut t = Template::new(text);
    while let Some(piece) = t.next_piece().map_err(|m| vm.value_error(m))? {
        match piece {
            Piece::Text(s) => out.push_str(s),
            Piece::Field(f) => {
                let v = render_field(vm, src, numbering, &f, depth)?;
                out.push_str(v.as_str().unwrap_or(""));
            }
        }
    }
    Ok(out)
}

/// `template.format(...)` / `template.format_map(...)`.
fn format_template(vm: &mut Vm, text: &str, src: &FieldSource) -> PyResult<String> {
    let mut numbering = Numbering::default();
    expand(vm, text, src, &mut numbering, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_quotes() {
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("say \"hi\""), "'say \"hi\"'");
        assert_eq!(repr_str("both ' and \""), "'both \\' and \"'");
        assert_eq!(repr_str(""), "''");
    }

    #[test]
    fn repr_escapes() {
        assert_eq!(repr_str("a\nb\tc\rd\\"), "'a\\nb\\tc\\rd\\\\'");
        assert_eq!(repr_str("\x00\x1f\x7f"), "'\\x00\\x1f\\x7f'");
        assert_eq!(repr_str("\u{80}\u{a0}\u{ad}"), "'\\x80\\xa0\\xad'");
        assert_eq!(repr_str("é€😀"), "'é€😀'");
        assert_eq!(
            repr_str("\u{2028}\u{200b}\u{feff}"),
            "'\\u2028\\u200b\\ufeff'"
        );
        assert_eq!(repr_str("\u{e000}\u{378}"), "'\\ue000\\u0378'");
        assert_eq!(repr_str("\u{10ffff}\u{e0001}"), "'\\U0010ffff\\U000e0001'");
        assert_eq!(repr_str("\u{3000}"), "'\\u3000'");
    }

    #[test]
    fn ascii_escapes() {
        assert_eq!(ascii_escape("'é€😀'"), "'\\xe9\\u20ac\\U0001f600'");
        assert_eq!(ascii_escape("plain"), "plain");
    }

    #[test]
    fn unicode_properties() {
        assert!(ucd::is_decimal('٣'));
        assert!(ucd::is_digit('²') && !ucd::is_decimal('²'));
        assert!(ucd::is_numeric('½') && ucd::is_numeric('一'));
        assert!(!ucd::is_alpha('Ⅷ') && ucd::is_alpha('é'));
        assert!(!ucd::is_alpha('\u{93f}'));
        assert!(
            is_identifier("_a1")
                && is_identifier("été")
                && !is_identifier("1a")
                && !is_identifier("")
        );
        assert!(ucd::is_space('\x1c') && !ucd::is_space('\u{200b}'));
    }

    #[test]
    fn case_mappings() {
        assert_eq!(title_text("hello world"), "Hello World");
        assert_eq!(title_text("they're bill's"), "They'Re Bill'S");
        assert_eq!(title_text("ǆa ßx"), "ǅa Ssx");
        assert_eq!(title_text("ΑΣ"), "Ας");
        assert_eq!(capitalize_text("ﬁx"), "Fix");
        assert_eq!(casefold_text("Straße ẞ"), "strasse ss");
        assert_eq!(swapcase_text("ΑΣ b"), "ας B");
        assert!(is_title_text("Ab Cd") && !is_title_text("AbC"));
        assert!(is_upper_text("A1") && !is_upper_text("1"));
    }

    #[test]
    fn splitting() {
        assert_eq!(split_whitespace(" a b ", 0), vec!["a b "]);
        assert_eq!(split_whitespace(" a  b c ", 1), vec!["a", "b c "]);
        assert_eq!(rsplit_whitespace(" a b ", 0), vec![" a b"]);
        assert_eq!(rsplit_whitespace("a b  c", 1), vec!["a b", "c"]);
        assert_eq!(split_sep("a,b,c", ",", 1), vec!["a", "b,c"]);
        assert_eq!(rsplit_sep("a,b,c", ",", 1), vec!["a,b", "c"]);
        assert_eq!(split_lines("a\r\nb\rc\n", false), vec!["a", "b", "c"]);
        assert_eq!(split_lines("a\r\nb\u{85}", true), vec!["a\r\n", "b\u{85}"]);
        assert_eq!(split_lines("\n", false), vec![""]);
    }

    #[test]
    fn slices() {
        let idx: Vec<usize> = resolve_slice(None, None, -1, 3).indices().collect();
        assert_eq!(idx, vec![2, 1, 0]);
        assert_eq!(resolve_slice(Some(i64::MAX), None, 1, 3).len, 0);
        assert_eq!(resolve_slice(None, None, i64::MAX, 3).len, 1);
        assert_eq!(
            resolve_slice(Some(-100), Some(100), 2, 5)
                .indices()
                .collect::<Vec<_>>(),
            vec![0, 2, 4]
        );
        assert_eq!(adjust_range(3, Some(4), None), None);
        assert_eq!(adjust_range(3, Some(-1), Some(-5)), Some((2, 0)));
    }

    fn pieces(s: &str) -> Result<Vec<Piece<'_>>, String> {
        let mut t = Template::new(s);
        let mut v = Vec::new();
        while let Some(p) = t.next_piece()? {
            v.push(p);
        }
        Ok(v)
    }

    fn field(name: &str, conversion: Option<char>, spec: &str, nested: bool) -> Piece<'static> {
        let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
        Piece::Field(RawField {
            name: leak(name),
            conversion,
            spec: leak(spec),
            spec_has_fields: nested,
        })
    }

    #[test]
    fn template_pieces() {
        assert_eq!(
            pieces("a{{b}}{0!r:>{1}}c").unwrap(),
            vec![
                Piece::Text("a"),
                Piece::Text("{"),
                Piece::Text("b"),
                Piece::Text("}"),
                field("0", Some('r'), ">{1}", true),
                Piece::Text("c"),
            ]
        );
        assert_eq!(
            pieces("{}{x.y[0]}").unwrap(),
            vec![field("", None, "", false), field("x.y[0]", None, "", false)]
        );
        assert_eq!(
            pieces("{0[}]:x}").unwrap(),
            vec![field("0[}]", None, "x", false)]
        );
        assert_eq!(pieces("{:}").unwrap(), vec![field("", None, "", false)]);
    }

    #[test]
    fn template_errors() {
        let err = |s: &str| pieces(s).unwrap_err();
        assert_eq!(err("}"), "Single '}' encountered in format string");
        assert_eq!(err("a{"), "Single '{' encountered in format string");
        assert_eq!(err("{0"), "expected '}' before end of string");
        assert_eq!(err("{0[}"), "expected '}' before end of string");
        assert_eq!(err("{a{b}"), "unexpected '{' in field name");
        assert_eq!(
            err("{0!"),
            "end of string while looking for conversion specifier"
        );
        assert_eq!(err("{0!r"), "unmatched '{' in format spec");
        assert_eq!(err("{0!rr}"), "expected ':' after conversion specifier");
        assert_eq!(err("{0:{}"), "unmatched '{' in format spec");
        assert_eq!(err("{0}}"), "Single '}' encountered in format string");
    }

    #[test]
    fn field_names() {
        assert_eq!(parse_field_name("").unwrap(), (FieldArg::Auto, vec![]));
        assert_eq!(
            parse_field_name("00").unwrap(),
            (FieldArg::Index(0), vec![])
        );
        assert_eq!(
            parse_field_name("a.b[1][k].c").unwrap(),
            (
                FieldArg::Name("a"),
                vec![
                    Access::Attr("b"),
                    Access::Index(1),
                    Access::Key("k"),
                    Access::Attr("c")
                ]
            )
        );
        assert_eq!(
            parse_field_name("[0]").unwrap(),
            (FieldArg::Auto, vec![Access::Index(0)])
        );
        assert_eq!(
            parse_field_name("-1").unwrap(),
            (FieldArg::Name("-1"), vec![])
        );
        assert_eq!(
            parse_field_name("0.").unwrap_err(),
            "Empty attribute in format string"
        );
        assert_eq!(
            parse_field_name("0[]").unwrap_err(),
            "Empty attribute in format string"
        );
        assert_eq!(
            parse_field_name("0[a]b").unwrap_err(),
            "Only '.' or '[' may follow ']' in format field specifier"
        );
        assert_eq!(
            parse_field_name("99999999999999999999999").unwrap_err(),
            "Too many decimal digits in format string"
        );
    }
}

#[cfg(test)]
mod vm_tests {
    //! Behaviour through the VM, checked against CPython 3.13's results.
    use super::*;
    use crate::types::bytes::{new_bytearray, new_bytes};

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    fn i(n: i64) -> Value {
        Value::Int(n)
    }

    fn b(x: &[u8]) -> Value {
        new_bytes(x.to_vec())
    }

    /// `repr` of the result, or `!Type: message` for an exception.
    fn shown(vm: &mut Vm, r: PyResult<Value>) -> String {
        match r {
            Ok(v) => vm.repr(&v).unwrap_or_else(|_| "<repr failed>".into()),
            Err(e) => {
                let ev = Value::Obj(e);
                let name = vm.type_name(&ev);
                let msg = vm.to_str(&ev).unwrap_or_default();
                format!("!{name}: {msg}")
            }
        }
    }

    fn call(vm: &mut Vm, recv: Value, name: &str, args: &[Value], kw: &[(&str, Value)]) -> String {
        let kw: Vec<(Value, Value)> = kw
            .iter()
            .map(|(k, v)| (Value::str(*k), v.clone()))
            .collect();
        let r = vm
            .get_attr_str(&recv, name)
            .and_then(|m| vm.call(&m, args, &kw));
        shown(vm, r)
    }

    fn binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> String {
        let r = vm.binary_op(op, &a, &b);
        shown(vm, r)
    }

    fn ctor(vm: &mut Vm, ty: &ObjRef, args: &[Value]) -> String {
        let r = vm.call(&Value::Obj(ty.clone()), args, &[]);
        shown(vm, r)
    }

    #[test]
    fn str_behaviour() {
        let mut interp = crate::Interpreter::new(vec![], vec![], 1 << 26);
        let vm = interp.vm();
        let t = types();
        let cases: Vec<(String, &str)> = vec![
            (call(vm, s(" a  b "), "split", &[], &[]), "['a', 'b']"),
            (call(vm, s("a,b,c"), "rsplit", &[s(","), i(1)], &[]), "['a,b', 'c']"),
            (call(vm, s("a"), "split", &[i(1)], &[]), "!TypeError: must be str or None, not int"),
            (call(vm, s("a"), "split", &[], &[("x", i(1))]), "!TypeError: split() got an unexpected keyword argument 'x'"),
            (call(vm, s("-"), "join", &[s("abc")], &[]), "'a-b-c'"),
            (call(vm, s("-"), "join", &[i(1)], &[]), "!TypeError: can only join an iterable"),
            (call(vm, s("héllo"), "find", &[s("l"), i(3)], &[]), "3"),
            (call(vm, s("abc"), "index", &[s("z")], &[]), "!ValueError: substring not found"),
            (call(vm, s("abc"), "find", &[i(1)], &[]), "!TypeError: find() argument 1 must be str, not int"),
            (call(vm, s("abc"), "find", &[], &[]), "!TypeError: find expected at least 1 argument, got 0"),
            (call(vm, s("abc"), "count", &[s("")], &[]), "4"),
            (call(vm, s("hello"), "startswith", &[new_tuple(vec![s("x"), s("he")])], &[]), "True"),
            (call(vm, s("abc"), "center", &[i(6), s("*")], &[]), "'*abc**'"),
            (call(vm, s("abc"), "center", &[i(5), s("xy")], &[]), "!TypeError: The fill character must be exactly one character long"),
            (call(vm, s("-12"), "zfill", &[i(5)], &[]), "'-0012'"),
            (call(vm, s("aaa"), "replace", &[s("a"), s("b")], &[("count", i(2))]), "'bba'"),
            (call(vm, s("they're bill's"), "title", &[], &[]), "\"They'Re Bill'S\""),
            (call(vm, s("ΑΣ"), "lower", &[], &[]), "'ας'"),
            (call(vm, s("Straße"), "casefold", &[], &[]), "'strasse'"),
            (call(vm, s("a\tb"), "expandtabs", &[i(4)], &[]), "'a   b'"),
            (call(vm, s("é"), "encode", &[s("ascii")], &[]), "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"),
            (call(vm, s("abc"), "upper", &[i(1)], &[]), "!TypeError: str.upper() takes no arguments (1 given)"),
            (call(vm, s("{0}{1!r:>5}{x}"), "format", &[i(1), s("b")], &[("x", s("!"))]), "\"1  'b'!\""),
            (call(vm, s("{}{0}"), "format", &[i(1), i(2)], &[]), "!ValueError: cannot switch from automatic field numbering to manual field specification"),
            (call(vm, s("{1}"), "format", &[i(1)], &[]), "!IndexError: Replacement index 1 out of range for positional args tuple"),
            (call(vm, s("{x}"), "format", &[], &[]), "!KeyError: 'x'"),
            (call(vm, s("}"), "format", &[], &[]), "!ValueError: Single '}' encountered in format string"),
            (call(vm, s("{:*^7.2}"), "format", &[s("abcd")], &[]), "'**ab***'"),
            (binop(vm, BinOp::Add, s("a"), i(1)), "!TypeError: can only concatenate str (not \"int\") to str"),
            (binop(vm, BinOp::Mul, i(3), s("ab")), "'ababab'"),
            (binop(vm, BinOp::Mul, s("ab"), Value::Float(1.5)), "!TypeError: can't multiply sequence by non-int of type 'float'"),
            (binop(vm, BinOp::Mod, s("%s|%5d|%-4x|%.2f"), new_tuple(vec![s("a"), i(42), i(255), Value::Float(2.5)])), "'a|   42|ff  |2.50'"),
            (binop(vm, BinOp::Mod, s("%s %s"), new_tuple(vec![s("a")])), "!TypeError: not enough arguments for format string"),
            (binop(vm, BinOp::Mod, s("%s"), new_tuple(vec![s("a"), s("b")])), "!TypeError: not all arguments converted during string formatting"),
            (binop(vm, BinOp::Mod, s("%d"), s("x")), "!TypeError: %d format: a real number is required, not str"),
            (binop(vm, BinOp::Mod, s("%r %a"), new_tuple(vec![s("é"), s("é")])), "\"'é' '\\\\xe9'\""),
            (ctor(vm, &t.str_, &[]), "''"),
            (ctor(vm, &t.str_, &[i(12)]), "'12'"),
            (ctor(vm, &t.str_, &[b(b"\xc3\xa9"), s("utf-8")]), "'é'"),
            (ctor(vm, &t.str_, &[b(b"\xff"), s("utf-8")]), "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
            (ctor(vm, &t.str_, &[i(1), s("utf-8")]), "!TypeError: decoding to str: need a bytes-like object, int found"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
        let r = vm.getitem(&s("héllo"), &Value::Int(-4));
        assert_eq!(shown(vm, r), "'é'");
        let r = vm.getitem(&s("abc"), &Value::Float(1.0));
        assert_eq!(
            shown(vm, r),
            "!TypeError: string indices must be integers, not 'float'"
        );
        let r = vm.getitem(&s("abc"), &Value::Int(3));
        assert_eq!(shown(vm, r), "!IndexError: string index out of range");
        let sl = Value::Obj(PyObject::new(Payload::Slice {
            start: Value::None,
            stop: Value::None,
            step: Value::Int(-2),
        }));
        let r = vm.getitem(&s("héllo"), &sl);
        assert_eq!(shown(vm, r), "'olh'");
    }

    #[test]
    fn bytes_behaviour() {
        let mut interp = crate::Interpreter::new(vec![], vec![], 1 << 26);
        let vm = interp.vm();
        let t = types();
        let cases: Vec<(String, &str)> = vec![
            (ctor(vm, &t.bytes, &[i(3)]), "b'\\x00\\x00\\x00'"),
            (ctor(vm, &t.bytes, &[new_list(vec![i(1), i(256)])]), "!ValueError: bytes must be in range(0, 256)"),
            (ctor(vm, &t.bytes, &[s("abc")]), "!TypeError: string argument without an encoding"),
            (ctor(vm, &t.bytes, &[s("é"), s("utf-8")]), "b'\\xc3\\xa9'"),
            (ctor(vm, &t.bytearray, &[b(b"ab")]), "bytearray(b'ab')"),
            (ctor(vm, &t.bytes, &[Value::Float(1.5)]), "!TypeError: cannot convert 'float' object to bytes"),
            (call(vm, b(b"h\xc3\xa9"), "decode", &[], &[]), "'hé'"),
            (call(vm, b(b"a\xe2\x82"), "decode", &[], &[]), "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"),
            (call(vm, b(b"\xff"), "decode", &[s("ascii"), s("replace")], &[]), "'\u{fffd}'"),
            (call(vm, b(b"\x01\x02\x03"), "hex", &[s(":"), i(2)], &[]), "'01:0203'"),
            (call(vm, Value::Obj(t.bytes.clone()), "fromhex", &[s("0a 0b")], &[]), "b'\\n\\x0b'"),
            (call(vm, b(b"a,b"), "split", &[b(b",")], &[]), "[b'a', b'b']"),
            (call(vm, b(b"a,b"), "split", &[s(",")], &[]), "!TypeError: a bytes-like object is required, not 'str'"),
            (call(vm, b(b"abc"), "find", &[i(99)], &[]), "2"),
            (call(vm, b(b"abc"), "index", &[b(b"x")], &[]), "!ValueError: subsection not found"),
            (call(vm, new_bytearray(b"ab".to_vec()), "pop", &[], &[]), "98"),
            (call(vm, new_bytearray(Vec::new()), "pop", &[], &[]), "!IndexError: pop from empty bytearray"),
            (binop(vm, BinOp::Add, b(b"a"), s("b")), "!TypeError: can't concat str to bytes"),
            (binop(vm, BinOp::Add, new_bytearray(b"a".to_vec()), b(b"b")), "bytearray(b'ab')"),
            (binop(vm, BinOp::Mod, b(b"%s-%d-%b"), new_tuple(vec![b(b"x"), i(5), new_bytearray(b"y".to_vec())])), "b'x-5-y'"),
            (binop(vm, BinOp::Mod, b(b"%s"), s("x")), "!TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
        let r = vm.getitem(&b(b"abc"), &Value::Int(5));
        assert_eq!(shown(vm, r), "!IndexError: index out of range");
        let r = vm.contains(&b(b"abc"), &s("a")).map(Value::Bool);
        assert_eq!(
            shown(vm, r),
            "!TypeError: a bytes-like object is required, not 'str'"
        );
        let ba = new_bytearray(b"abc".to_vec());
        let r = vm
            .setitem(&ba, &Value::Int(0), Value::Int(300))
            .map(|_| Value::None);
        assert_eq!(shown(vm, r), "!ValueError: byte must be in range(0, 256)");
        let sl = Value::Obj(PyObject::new(Payload::Slice {
            start: Value::Int(1),
            stop: Value::Int(2),
            step: Value::None,
        }));
        let r = vm.setitem(&ba, &sl, b(b"XYZ")).map(|_| ba.clone());
        assert_eq!(shown(vm, r), "bytearray(b'aXYZc')");
    }
}
