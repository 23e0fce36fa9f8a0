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
pub mod ucd;

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
