//! `int` and `bool`: construction, arithmetic, exact mixed comparisons,
//! formatting, attributes and methods.
//!
//! Small ints are `Value::Int(i64)`, bools `Value::Bool`, larger ints heap
//! `Payload::BigInt` objects (instances of int subclasses always store a
//! `BigInt`, whatever their size). Results are always normalised with
//! [`Value::from_bigint`]. Formatting, parsing and rounding rules come from
//! `locus_format`; this module adds the VM plumbing and the arithmetic.

use crate::gil_rc::GilRc;
use std::borrow::Cow;
use std::cmp::Ordering;

use locus_bytecode::{BinOp, CmpOp, UnaryOp};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtin_types::exc;
use crate::names::names;
use crate::object::{Payload, PyObject};
use crate::typeobj::{self, method, staticmethod, types, MethodDef};
use crate::value::{ObjRef, Value};
use crate::vm::{KwArgs, PyErr, PyResult, Vm};

// ---------------------------------------------------------------------
// Int operands
// ---------------------------------------------------------------------

/// A borrowed int operand: a machine int (also bools) or a big int payload.
#[derive(Clone, Copy, Debug)]
pub(crate) enum IntRef<'a> {
    /// Fits in an `i64`.
    Small(i64),
    /// A big int payload (int subclass instances store any size here).
    Big(&'a BigInt),
}

impl<'a> IntRef<'a> {
    /// The value as an owned or borrowed `BigInt`.
    pub(crate) fn big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    /// The value as an owned `BigInt`.
    pub(crate) fn to_bigint(self) -> BigInt {
        self.big().into_owned()
    }

    /// The value as an `i64`, if it fits.
    pub(crate) fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    /// Whether the value is zero.
    fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    /// Correctly rounded conversion to float; `None` when it overflows.
    pub(crate) fn to_f64(self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(i as f64),
            IntRef::Big(b) => locus_format::bigint_to_f64(b),
        }
    }

    /// The value as an exact `int` value (drops any subclass).
    pub(crate) fn to_value(self) -> Value {
        match self {
            IntRef::Small(i) => Value::Int(i),
            IntRef::Big(b) => Value::from_bigint(b.clone()),
        }
    }
}

/// The int in `v` (bool, small int, big int, or int subclass instance).
pub(crate) fn int_ref(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(IntRef::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

/// `float(i)` with CPython's `OverflowError: int too large to convert to float`.
pub(crate) fn int_to_f64(vm: &Vm, i: IntRef<'_>) -> PyResult<f64> {
    i.to_f64()
        .ok_or_else(|| vm.error("OverflowError", "int too large to convert to float"))
}

/// Turns a `locus_format` error into the Python exception it names.
pub(crate) fn format_error(vm: &Vm, e: locus_format::FormatError) -> PyErr {
    if e.kind == locus_format::ErrorKind::MemoryError {
        return vm.new_exception(exc("MemoryError"), vec![]);
    }
    vm.error(e.kind.name(), e.message)
}

/// `NotImplemented`.
pub(crate) fn not_implemented() -> Value {
    typeobj::singletons().not_implemented.clone()
}

/// A `MemoryError` with no message.
fn memory_error(vm: &Vm) -> PyErr {
    vm.new_exception(exc("MemoryError"), vec![])
}

/// Results larger than this many bits raise `MemoryError` instead of
/// attempting the allocation (Rust aborts when an allocation fails).
const MAX_RESULT_BITS: u64 = 1 << 34;

// ---------------------------------------------------------------------
// Argument helpers shared with float.rs
// ---------------------------------------------------------------------

/// Binds the arguments of a builtin with named parameters, with the
/// messages CPython's Argument Clinic produces. `max_pos` parameters may be
/// given positionally, the first `required` must be given.
pub(crate) fn bind_args(
    vm: &Vm,
    fname: &str,
    pos: &[Value],
    kw: &KwArgs,
    params: &[&str],
    max_pos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if pos.len() > max_pos {
        let what = if max_pos == 1 {
            "argument"
        } else {
            "arguments"
        };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max_pos} positional {what} ({} given)",
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        let name = k.as_str().unwrap_or("");
        match params.iter().position(|p| *p == name) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(unexpected_keyword(vm, fname, name, params)),
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// `f() got an unexpected keyword argument 'x'`, with CPython 3.13's
/// "Did you mean" suggestion for near misses.
pub(crate) fn unexpected_keyword(vm: &Vm, fname: &str, name: &str, params: &[&str]) -> PyErr {
    let mut msg = format!("{fname}() got an unexpected keyword argument '{name}'");
    if let Some(s) = suggest(name, params) {
        msg.push_str(&format!(". Did you mean '{s}'?"));
    }
    vm.type_error(msg)
}

/// The closest candidate to `name` by CPython's weighted edit distance
/// (2 per edit, 1 for a case-only substitution), if close enough.
fn suggest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let mut best: Option<(&str, usize)> = None;
    for c in candidates {
        if *c == name {
            continue;
        }
        let max = (name.len() + c.len() + 3) * 2 / 6;
        let d = edit_cost(name.as_bytes(), c.as_bytes());
        if d <= max && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c)
}

/// Weighted Levenshtein distance between two ASCII-ish names.
fn edit_cost(a: &[u8], b: &[u8]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * 2).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut cur = vec![(i + 1) * 2; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let sub = if ca == cb {
                0
            } else if ca.eq_ignore_ascii_case(&cb) {
                1
            } else {
                2
            };
            cur[j + 1] = (prev[j] + sub).min(prev[j + 1] + 2).min(cur[j] + 2);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Checks a no-argument method call (`int.bit_length()` style messages)
/// and returns the receiver.
pub(crate) fn noargs<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &KwArgs,
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    let recv = method_receiver(vm, args, owner, name, ok)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{owner}.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(recv)
}

/// The receiver of a named method, checked against its owner type.
pub(crate) fn method_receiver<'a>(
    vm: &Vm,
    args: &'a [Value],
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    let Some(recv) = args.first() else {
        return Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    if !ok(recv) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(recv)
        )));
    }
    Ok(recv)
}

/// Checks a slot-wrapper call (`__add__`, `__neg__`, ...): a receiver of the
/// owner type, exactly `n` more positional arguments, no keywords.
pub(crate) fn wrapper_args<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &KwArgs,
    owner: &str,
    name: &str,
    n: usize,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a [Value]> {
    wrapper_receiver(vm, args, owner, name, ok)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    if args.len() != n + 1 {
        let what = if n == 1 { "argument" } else { "arguments" };
        return Err(vm.type_error(format!("expected {n} {what}, got {}", args.len() - 1)));
    }
    Ok(args)
}

/// The receiver of a slot wrapper, checked against its owner type.
pub(crate) fn wrapper_receiver<'a>(
    vm: &Vm,
    args: &'a [Value],
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    let Some(recv) = args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )));
    };
    if !ok(recv) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(recv)
        )));
    }
    Ok(recv)
}

/// Checks the arguments of a ternary slot wrapper (`__pow__`): one or two.
pub(crate) fn ternary_args<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &KwArgs,
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a [Value]> {
    wrapper_receiver(vm, args, owner, name, ok)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    match args.len() {
        1 => Err(vm.type_error(" expected at least 1 argument, got 0")),
        2 | 3 => Ok(args),
        n => Err(vm.type_error(format!(" expected at most 2 arguments, got {}", n - 1))),
    }
}

fn is_int(v: &Value) -> bool {
    int_ref(v).is_some()
}

// ---------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------

/// The class argument of a `__new__`-style constructor, checked to be a
/// subtype of `base` (named `base_name` in messages).
pub(crate) fn ctor_class(
    vm: &Vm,
    args: &[Value],
    base: &ObjRef,
    base_name: &str,
) -> PyResult<ObjRef> {
    let Some(first) = args.first() else {
        return Err(vm.type_error(format!("{base_name}.__new__(): not enough arguments")));
    };
    let cls = match first {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        other => {
            return Err(vm.type_error(format!(
                "{base_name}.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
    };
    if !typeobj::is_subtype(&cls, base) {
        let n = typeobj::type_data(&cls).name();
        return Err(vm.type_error(format!(
            "{base_name}.__new__({n}): {n} is not a subtype of {base_name}"
        )));
    }
    Ok(cls)
}

/// `int(x=0, /, base=10)` (`args[0]` is the class).
pub fn int_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = types();
    let cls = ctor_class(vm, args, &t.int, "int")?;
    if GilRc::ptr_eq(&cls, &t.bool_) {
        return Err(vm.type_error("int.__new__(bool) is not safe, use bool.__new__()"));
    }
    let v = int_from_args(vm, &args[1..], kw)?;
    if GilRc::ptr_eq(&cls, &t.int) {
        return Ok(v);
    }
    let big = int_ref(&v).map(IntRef::to_bigint).unwrap_or_default();
    Ok(Value::Obj(PyObject::with_class(cls, Payload::BigInt(big))))
}

/// The value of `int(*args, **kw)` as an exact int.
fn int_from_args(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let mut base: Option<Value> = None;
    for (k, v) in kw {
        let name = k.as_str().unwrap_or("");
        if name != "base" {
            return Err(unexpected_keyword(vm, "int", name, &["base"]));
        }
        base = Some(v.clone());
    }
    let total = args.len() + kw.len();
    if total > 2 {
        return Err(vm.type_error(format!("int expected at most 2 arguments, got {total}")));
    }
    if args.len() == 2 {
        if base.is_some() {
            return Err(vm.type_error("argument for int() given by name ('base') and position (2)"));
        }
        base = Some(args[1].clone());
    }
    let Some(x) = args.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    match base {
        None => number_to_int(vm, x),
        Some(b) => {
            let base = base_arg(vm, &b)?;
            match text_of(x) {
                Some(text) => parse_int_text(vm, &text, base),
                None => Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    }
}

/// The `base` argument of `int()`, validated.
fn base_arg(vm: &mut Vm, b: &Value) -> PyResult<u32> {
    let b = vm.index_value(b)?;
    let base = int_ref(&b).and_then(IntRef::to_i64).unwrap_or(i64::MAX);
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    Ok(base as u32)
}

/// Text that `int()`/`float()` parse: a str, or ASCII bytes/bytearray.
pub(crate) enum NumText {
    /// A str's contents.
    Str(String),
    /// The contents of a bytes-like object.
    Bytes(Vec<u8>),
}

/// The parseable text of a str, bytes or bytearray (including subclasses).
pub(crate) fn text_of(v: &Value) -> Option<NumText> {
    match v.payload()? {
        Payload::Str(s) => Some(NumText::Str(s.as_str().to_string())),
        Payload::Bytes(b) => Some(NumText::Bytes(b.to_vec())),
        Payload::ByteArray(b) => Some(NumText::Bytes(b.borrow().clone())),
        _ => None,
    }
}

impl NumText {
    /// The text as a str, if it can be valid at all (bytes must be ASCII).
    pub(crate) fn as_text(&self) -> Option<&str> {
        match self {
            NumText::Str(s) => Some(s),
            NumText::Bytes(b) => std::str::from_utf8(b).ok().filter(|s| s.is_ascii()),
        }
    }

    /// `repr()` of the original object for error messages.
    pub(crate) fn repr(&self) -> String {
        match self {
            NumText::Str(s) => crate::types::str::repr_str(s),
            NumText::Bytes(b) => crate::types::bytes::repr_bytes(b),
        }
    }
}

/// Parses `int(text, base)` with CPython's errors.
fn parse_int_text(vm: &Vm, text: &NumText, base: u32) -> PyResult<Value> {
    let invalid = || {
        let r: String = text.repr().chars().take(200).collect();
        vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
    };
    let Some(s) = text.as_text() else {
        return Err(invalid());
    };
    match locus_format::parse_int_limited(s, base) {
        Ok(i) => Ok(Value::from_bigint(i)),
        Err(e) => match e.limit_error() {
            Some(le) => Err(format_error(vm, le)),
            None => Err(invalid()),
        },
    }
}

/// `int(x)` for one argument: `__int__`, `__index__`, `__trunc__`, str or bytes.
pub(crate) fn number_to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let user = matches!(x, Value::Obj(o) if o.class.is_some());
    if !user {
        match x {
            Value::Int(_) => return Ok(x.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Float(f) => return float_to_int_value(vm, *f),
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(_) => return Ok(x.clone()),
                Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) => {
                    if let Some(t) = text_of(x) {
                        return parse_int_text(vm, &t, 10);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    let n = names();
    if let Some(r) = vm.call_special(x, &n.__int__, &[])? {
        return match int_ref(&r) {
            Some(i) => Ok(i.to_value()),
            None => Err(vm.type_error(format!(
                "__int__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if vm.lookup_special(x, &n.__index__).is_some() {
        let r = vm.index_value(x)?;
        return Ok(int_ref(&r).map(IntRef::to_value).unwrap_or(r));
    }
    if let Some(r) = vm.call_special(x, &crate::intern::intern("__trunc__"), &[])? {
        if let Some(i) = int_ref(&r) {
            return Ok(i.to_value());
        }
        if vm.lookup_special(&r, &n.__index__).is_none() {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                vm.type_name(&r)
            )));
        }
        let r = vm.index_value(&r)?;
        return Ok(int_ref(&r).map(IntRef::to_value).unwrap_or(r));
    }
    if let Some(t) = text_of(x) {
        return parse_int_text(vm, &t, 10);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// `int(f)` for a float: truncation, with CPython's errors for inf and nan.
pub(crate) fn float_to_int_value(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_finite() && f.abs() < 9.0e18 {
        return Ok(Value::Int(f.trunc() as i64));
    }
    locus_format::float_to_bigint(f)
        .map(Value::from_bigint)
        .map_err(|e| format_error(vm, e))
}

/// `bool(x=False, /)`.
pub fn bool_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let _ = ctor_class(vm, args, &types().bool_, "bool")?;
    if !kw.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    match args.len() {
        1 => Ok(Value::Bool(false)),
        2 => Ok(Value::Bool(vm.truthy(&args[1])?)),
        n => Err(vm.type_error(format!("bool expected at most 1 argument, got {}", n - 1))),
    }
}

// ---------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------

/// `a op b` when both operands are ints (bools included); `None` otherwise
/// (and for `@`). `&`, `|`, `^` of two bools give a bool.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (int_ref(a), int_ref(b)) else {
        return Ok(None);
    };
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match op {
            BinOp::And => return Ok(Some(Value::Bool(*p & *q))),
            BinOp::Or => return Ok(Some(Value::Bool(*p | *q))),
            BinOp::Xor => return Ok(Some(Value::Bool(*p ^ *q))),
            _ => {}
        }
    }
    int_binop(vm, op, x, y)
}

/// Arithmetic on two ints; `None` for `@`.
pub(crate) fn int_binop(
    vm: &mut Vm,
    op: BinOp,
    x: IntRef<'_>,
    y: IntRef<'_>,
) -> PyResult<Option<Value>> {
    if let (IntRef::Small(a), IntRef::Small(b)) = (x, y) {
        if let Some(v) = small_binop(op, a, b) {
            return Ok(Some(v));
        }
    }
    if op == BinOp::TrueDiv {
        return int_truediv_value(vm, x, y).map(Some);
    }
    let (a, b) = (x.big(), y.big());
    let (a, b) = (a.as_ref(), b.as_ref());
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division(vm, "integer division or modulo by zero"));
            }
            a.div_floor(b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(zero_division(vm, "integer modulo by zero"));
            }
            a.mod_floor(b)
        }
        BinOp::Pow => return int_pow(vm, a, b).map(Some),
        BinOp::LShift => return int_lshift(vm, a, b).map(Some),
        BinOp::RShift => return int_rshift(vm, a, b).map(Some),
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::MatMul | BinOp::TrueDiv => return Ok(None),
    };
    Ok(Some(Value::from_bigint(r)))
}

/// The cases of two machine ints that need no big-int arithmetic (done in
/// `i128`, so no overflow is possible).
fn small_binop(op: BinOp, a: i64, b: i64) -> Option<Value> {
    let (x, y) = (a as i128, b as i128);
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv if b != 0 => floor_div_i128(x, y),
        BinOp::Mod if b != 0 => floor_mod_i128(x, y),
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::RShift if b >= 0 => x >> b.min(127),
        BinOp::LShift if (0..64).contains(&b) => {
            let r = x.checked_shl(b as u32)?;
            if r >> b != x {
                return None;
            }
            r
        }
        BinOp::TrueDiv if b != 0 && a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 => {
            return Some(Value::Float(a as f64 / b as f64));
        }
        BinOp::Pow if b >= 0 => return small_pow(a, b),
        _ => return None,
    };
    Some(int_from_i128(r))
}

/// An int value from an `i128`.
fn int_from_i128(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(BigInt::from(v)),
    }
}

/// Floor division (`y != 0`).
fn floor_div_i128(x: i128, y: i128) -> i128 {
    let q = x / y;
    if x % y != 0 && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// Python's `%` (result has the divisor's sign; `y != 0`).
fn floor_mod_i128(x: i128, y: i128) -> i128 {
    let r = x % y;
    if r != 0 && ((r < 0) != (y < 0)) {
        r + y
    } else {
        r
    }
}

/// `a ** b` for machine ints when the result fits in an `i64`.
fn small_pow(a: i64, b: i64) -> Option<Value> {
    let e = u32::try_from(b).ok()?;
    a.checked_pow(e).map(Value::Int)
}

fn zero_division(vm: &Vm, msg: &str) -> PyErr {
    vm.error("ZeroDivisionError", msg)
}

/// `a / b` for ints, as a float value.
fn int_truediv_value(vm: &Vm, x: IntRef<'_>, y: IntRef<'_>) -> PyResult<Value> {
    if y.is_zero() {
        return Err(zero_division(vm, "division by zero"));
    }
    match int_true_divide(&x.big(), &y.big()) {
        Some(f) => Ok(Value::Float(f)),
        None => Err(vm.error(
            "OverflowError",
            "integer division result too large for a float",
        )),
    }
}

/// Correctly rounded `a / b` (`b != 0`); `None` when the quotient overflows
/// a float. Works for operands of any size.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let sign = |m: f64| if negative { -m } else { m };
    if a.is_zero() {
        return Some(sign(0.0));
    }
    let (na, nb) = (a.magnitude(), b.magnitude());
    if na.bits() <= 53 && nb.bits() <= 53 {
        let (fa, fb) = (na.to_f64()?, nb.to_f64()?);
        return Some(sign(fa / fb));
    }
    let diff = na.bits() as i64 - nb.bits() as i64;
    // The quotient lies in [2**(diff-1), 2**(diff+1)).
    if diff > 1025 {
        return None;
    }
    if diff < -1077 {
        return Some(sign(0.0));
    }
    // Scale so that the integer quotient keeps at least two bits beyond the
    // 53 of the result (fewer significant bits only for subnormal results).
    let shift = diff.max(-1021) - 55;
    let (q, r) = if shift >= 0 {
        na.div_rem(&(nb << shift as u64))
    } else {
        (na << (-shift) as u64).div_rem(nb)
    };
    let q = q.to_u64()?;
    let m = round_to_ulp(q, !r.is_zero(), shift);
    let v = ldexp(m as f64, shift);
    if v.is_infinite() {
        None
    } else {
        Some(sign(v))
    }
}

/// Rounds the integer `q * 2**shift` (plus a sticky `inexact` bit below
/// it) half-to-even to the precision of a double of that magnitude,
/// returning the rounded integer multiple of `2**shift`.
fn round_to_ulp(q: u64, inexact: bool, shift: i64) -> u64 {
    let q_bits = 64 - i64::from(q.leading_zeros());
    // Bits of q below the result's ulp (at least 2 by construction).
    let extra = (q_bits.max(-1021 - shift) - 53).clamp(1, 63) as u32;
    let ulp = 1u64 << extra;
    let half = ulp >> 1;
    let rem = q & (ulp - 1);
    let rem_sticky = rem | u64::from(inexact);
    let mut m = q - rem;
    if rem_sticky > half || (rem_sticky == half && m & ulp != 0) {
        m += ulp;
    }
    m
}

/// `v * 2**e`, exact whenever the result is representable.
pub(crate) fn ldexp(mut v: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        v *= pow2(1000);
        e -= 1000;
        if v.is_infinite() {
            return v;
        }
    }
    while e < -1000 {
        v *= pow2(-1000);
        e += 1000;
        if v == 0.0 {
            return v;
        }
    }
    v * pow2(e)
}

/// `a ** b` for ints: a float for negative exponents.
fn int_pow(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let fa = int_to_f64(vm, IntRef::Big(a))?;
        let fb = int_to_f64(vm, IntRef::Big(b))?;
        return crate::types::float::float_pow(vm, fa, fb);
    }
    if a.is_zero() || a.is_one() {
        return Ok(Value::from_bigint(if b.is_zero() {
            BigInt::one()
        } else {
            a.clone()
        }));
    }
    if *a == BigInt::from(-1) {
        return Ok(Value::Int(if b.is_odd() { -1 } else { 1 }));
    }
    let Some(e) = b.to_u32() else {
        return Err(memory_error(vm));
    };
    if (a.bits() - 1).saturating_mul(u64::from(e)) > MAX_RESULT_BITS {
        return Err(memory_error(vm));
    }
    Ok(Value::from_bigint(a.pow(e)))
}

/// `pow(a, b, m)` for ints, with modular inverses for negative exponents.
pub(crate) fn int_pow_mod(vm: &Vm, a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (base, exp) = if b.is_negative() {
        match mod_inverse(a, m) {
            Some(inv) => (inv, -b),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        (a.clone(), b.clone())
    };
    Ok(Value::from_bigint(base.modpow(&exp, m)))
}

/// The inverse of `a` modulo `|m|`, if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let (mut old_r, mut r) = (a.mod_floor(&m), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        let next_r = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, next_r);
        let next_s = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, next_s);
    }
    if !old_r.is_one() {
        return if m.is_one() {
            Some(BigInt::zero())
        } else {
            None
        };
    }
    Some(old_s.mod_floor(&m))
}

/// `a << b`.
fn int_lshift(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    let Some(n) = b.to_u64() else {
        return Err(shift_too_large(vm, b));
    };
    if n > MAX_RESULT_BITS {
        return Err(shift_too_large(vm, b));
    }
    Ok(Value::from_bigint(a << n))
}

/// CPython cannot even count the digits of shifts beyond `PY_SSIZE_T_MAX`
/// 30-bit digits; smaller huge shifts fail to allocate.
fn shift_too_large(vm: &Vm, b: &BigInt) -> PyErr {
    if b / 30 > BigInt::from(i64::MAX) {
        vm.error("OverflowError", "too many digits in integer")
    } else {
        memory_error(vm)
    }
}

/// `a >> b` (floor semantics for negative `a`).
fn int_rshift(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    match b.to_u64() {
        Some(n) if n < a.bits() + 1 => Ok(Value::from_bigint(a >> n)),
        _ => Ok(Value::Int(if a.is_negative() { -1 } else { 0 })),
    }
}

/// `-a`, `+a`, `~a` for ints (bools give ints); `None` for other values.
pub fn unary(_vm: &mut Vm, op: UnaryOp, a: &Value) -> PyResult<Option<Value>> {
    let Some(x) = int_ref(a) else { return Ok(None) };
    Ok(match op {
        UnaryOp::Negative => Some(int_neg(x)),
        UnaryOp::Positive => Some(x.to_value()),
        UnaryOp::Invert => Some(int_invert(x)),
        UnaryOp::Not => Some(Value::Bool(x.is_zero())),
    })
}

fn int_neg(x: IntRef<'_>) -> Value {
    match x {
        IntRef::Small(i) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-BigInt::from(i)),
        },
        IntRef::Big(b) => Value::from_bigint(-b),
    }
}

fn int_invert(x: IntRef<'_>) -> Value {
    match x {
        IntRef::Small(i) => Value::Int(!i),
        IntRef::Big(b) => Value::from_bigint(!b),
    }
}

fn int_abs(x: IntRef<'_>) -> Value {
    match x {
        IntRef::Small(i) if i != i64::MIN => Value::Int(i.abs()),
        _ => Value::from_bigint(x.to_bigint().abs()),
    }
}

// ---------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------

/// A numeric value (bool, int, big int, float) for mixed comparisons.
pub enum Number {
    /// An int.
    Int(num_bigint::BigInt),
    /// A float.
    Float(f64),
}

/// The number in `v`, if it is an exact builtin number (not a subclass
/// instance, not complex).
pub fn as_number(v: &Value) -> Option<Number> {
    match v {
        Value::Float(f) => Some(Number::Float(*f)),
        Value::Obj(o) if o.class.is_some() => None,
        _ => int_ref(v).map(|i| Number::Int(i.to_bigint())),
    }
}

/// Compares two numbers exactly (an int and a float are compared by value,
/// however large the int or fractional the float; NaN is unordered).
pub fn compare_numbers(a: &Number, b: &Number, op: locus_bytecode::CmpOp) -> bool {
    let ord = match (a, b) {
        (Number::Int(x), Number::Int(y)) => Some(x.cmp(y)),
        (Number::Float(x), Number::Float(y)) => x.partial_cmp(y),
        (Number::Int(x), Number::Float(y)) => cmp_int_float(x, *y),
        (Number::Float(x), Number::Int(y)) => cmp_int_float(y, *x).map(Ordering::reverse),
    };
    ordering_satisfies(ord, op)
}

/// Allocation-free exact comparison of two exact builtin numbers (bools,
/// ints, big ints, floats; not subclass instances); `None` if either value
/// is not one. Same results as [`as_number`] + [`compare_numbers`].
pub fn compare_number_values(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    if matches!(a, Value::Obj(o) if o.class.is_some())
        || matches!(b, Value::Obj(o) if o.class.is_some())
    {
        return None;
    }
    let ord = match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), _) => cmp_intref_float(int_ref(b)?, *x).map(Ordering::reverse),
        (_, Value::Float(y)) => cmp_intref_float(int_ref(a)?, *y),
        _ => Some(cmp_ints(int_ref(a)?, int_ref(b)?)),
    };
    Some(ordering_satisfies(ord, op))
}

/// Whether an ordering (`None` = unordered) satisfies a comparison.
pub(crate) fn ordering_satisfies(ord: Option<Ordering>, op: CmpOp) -> bool {
    match ord {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
    }
}

/// Exact comparison of an int with a float; `None` if the float is NaN.
pub(crate) fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(small) = i.to_i64() {
        if small.unsigned_abs() <= 1 << 53 {
            return (small as f64).partial_cmp(&f);
        }
    }
    let floor = f.floor();
    let fi = locus_format::float_to_bigint(floor).unwrap_or_default();
    Some(match i.cmp(&fi) {
        Ordering::Equal if floor != f => Ordering::Less,
        o => o,
    })
}

/// Exact comparison of an int operand with a float.
pub(crate) fn cmp_intref_float(i: IntRef<'_>, f: f64) -> Option<Ordering> {
    match i {
        IntRef::Small(s) if s.unsigned_abs() <= 1 << 53 => (s as f64).partial_cmp(&f),
        _ => cmp_int_float(&i.big(), f),
    }
}

/// Compares two int operands.
fn cmp_ints(x: IntRef<'_>, y: IntRef<'_>) -> Ordering {
    match (x, y) {
        (IntRef::Small(a), IntRef::Small(b)) => a.cmp(&b),
        _ => x.big().as_ref().cmp(y.big().as_ref()),
    }
}

// ---------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------

/// Decimal text of a big int (CPython's digit limit applies:
/// `ValueError: Exceeds the limit (4300 digits) for integer string
/// conversion; use sys.set_int_max_str_digits() to increase the limit`).
pub fn bigint_to_decimal(vm: &mut Vm, i: &num_bigint::BigInt) -> PyResult<String> {
    locus_format::int_to_decimal_string(i).map_err(|e| format_error(vm, e))
}

/// `format(v, spec)` for an int or bool: the format-spec mini-language
/// (an empty spec gives `str(v)`, so `format(True, '') == 'True'`).
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return vm.to_str(v);
    }
    let Some(i) = int_ref(v) else {
        return vm.to_str(v);
    };
    let type_name = vm.type_name(v);
    let parsed =
        locus_format::parse_format_spec(spec, &type_name).map_err(|e| format_error(vm, e))?;
    let r = match i {
        IntRef::Small(s) => locus_format::format_i64(s, &parsed, &type_name),
        IntRef::Big(b) => locus_format::format_int(b, &parsed, &type_name),
    };
    r.map_err(|e| format_error(vm, e))
}

/// Decimal text of any int operand.
fn int_text(vm: &mut Vm, i: IntRef<'_>) -> PyResult<String> {
    match i {
        IntRef::Small(s) => Ok(s.to_string()),
        IntRef::Big(b) => bigint_to_decimal(vm, b),
    }
}

// ---------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------

/// The data attributes of ints (`real`, `imag`, `numerator`,
/// `denominator`); floats' `real`/`imag` are answered too, since builtin
/// attribute lookup on any immediate value comes here.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Value::Float(_) = obj {
        return crate::types::float::getattr(vm, obj, name);
    }
    let Some(i) = int_ref(obj) else {
        return Ok(None);
    };
    Ok(match name {
        "real" | "numerator" => Some(i.to_value()),
        "imag" => Some(Value::Int(0)),
        "denominator" => Some(Value::Int(1)),
        _ => None,
    })
}

// ---------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------

/// A slot wrapper for a binary operator: `NotImplemented` unless the other
/// operand is an int too.
fn int_binary_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "int", name, 1, is_int)?;
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    let (Some(x), Some(y)) = (int_ref(a), int_ref(b)) else {
        return Ok(not_implemented());
    };
    let bool_pair = matches!((a, b), (Value::Bool(_), Value::Bool(_)));
    if bool_pair && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
        if let Some(r) = binary(vm, op, a, b)? {
            return Ok(r);
        }
    }
    Ok(int_binop(vm, op, x, y)?.unwrap_or_else(not_implemented))
}

macro_rules! int_binary_methods {
    ($(($f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                int_binary_method(vm, args, kw, $name, BinOp::$op, false)
            }
            fn $rf(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                int_binary_method(vm, args, kw, $rname, BinOp::$op, true)
            }
        )*
    };
}

int_binary_methods!(
    (int_add, int_radd, "__add__", "__radd__", Add),
    (int_sub, int_rsub, "__sub__", "__rsub__", Sub),
    (int_mul, int_rmul, "__mul__", "__rmul__", Mul),
    (
        int_truediv,
        int_rtruediv,
        "__truediv__",
        "__rtruediv__",
        TrueDiv
    ),
    (
        int_floordiv,
        int_rfloordiv,
        "__floordiv__",
        "__rfloordiv__",
        FloorDiv
    ),
    (int_mod, int_rmod, "__mod__", "__rmod__", Mod),
    (int_and, int_rand, "__and__", "__rand__", And),
    (int_or, int_ror, "__or__", "__ror__", Or),
    (int_xor, int_rxor, "__xor__", "__rxor__", Xor),
    (
        int_lshift_m,
        int_rlshift,
        "__lshift__",
        "__rlshift__",
        LShift
    ),
    (
        int_rshift_m,
        int_rrshift,
        "__rshift__",
        "__rrshift__",
        RShift
    ),
);

/// `__pow__`/`__rpow__` with the optional modulus.
fn int_pow_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let args = ternary_args(vm, args, kw, "int", name, is_int)?;
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    let (Some(x), Some(y)) = (int_ref(a), int_ref(b)) else {
        return Ok(not_implemented());
    };
    match args.get(2) {
        None | Some(Value::None) => {
            Ok(int_binop(vm, BinOp::Pow, x, y)?.unwrap_or_else(not_implemented))
        }
        Some(m) => match int_ref(m) {
            Some(m) => int_pow_mod(vm, &x.big(), &y.big(), &m.big()),
            None => Ok(not_implemented()),
        },
    }
}

fn int_pow_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_pow_method(vm, args, kw, "__pow__", false)
}

fn int_rpow(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_pow_method(vm, args, kw, "__rpow__", true)
}

/// `divmod` of two ints.
fn int_divmod_values(vm: &Vm, x: IntRef<'_>, y: IntRef<'_>) -> PyResult<Value> {
    if y.is_zero() {
        return Err(zero_division(vm, "integer division or modulo by zero"));
    }
    let (q, r) = match (x, y) {
        (IntRef::Small(a), IntRef::Small(b)) => {
            let (a, b) = (a as i128, b as i128);
            (
                int_from_i128(floor_div_i128(a, b)),
                int_from_i128(floor_mod_i128(a, b)),
            )
        }
        _ => {
            let (q, r) = x.big().div_mod_floor(&y.big());
            (Value::from_bigint(q), Value::from_bigint(r))
        }
    };
    Ok(Value::Obj(PyObject::new_tuple(vec![q, r])))
}

fn int_divmod_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "int", name, 1, is_int)?;
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    match (int_ref(a), int_ref(b)) {
        (Some(x), Some(y)) => int_divmod_values(vm, x, y),
        _ => Ok(not_implemented()),
    }
}

fn int_divmod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_divmod_method(vm, args, kw, "__divmod__", false)
}

fn int_rdivmod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_divmod_method(vm, args, kw, "__rdivmod__", true)
}

/// A rich-comparison slot wrapper.
fn int_compare_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    op: CmpOp,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "int", name, 1, is_int)?;
    match (int_ref(&args[0]), int_ref(&args[1])) {
        (Some(x), Some(y)) => Ok(Value::Bool(ordering_satisfies(Some(cmp_ints(x, y)), op))),
        _ => Ok(not_implemented()),
    }
}

macro_rules! int_compare_methods {
    ($(($f:ident, $name:literal, $op:ident)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                int_compare_method(vm, args, kw, $name, CmpOp::$op)
            }
        )*
    };
}

int_compare_methods!(
    (int_eq, "__eq__", Eq),
    (int_ne, "__ne__", Ne),
    (int_lt, "__lt__", Lt),
    (int_le, "__le__", Le),
    (int_gt, "__gt__", Gt),
    (int_ge, "__ge__", Ge),
);

/// The receiver of a zero-argument slot wrapper.
fn unary_receiver<'a>(vm: &Vm, args: &'a [Value], kw: &KwArgs, name: &str) -> PyResult<IntRef<'a>> {
    let args = wrapper_args(vm, args, kw, "int", name, 0, is_int)?;
    int_ref(&args[0]).ok_or_else(|| vm.type_error("int expected"))
}

fn int_neg_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(int_neg(unary_receiver(vm, args, kw, "__neg__")?))
}

fn int_pos(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(unary_receiver(vm, args, kw, "__pos__")?.to_value())
}

fn int_abs_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(int_abs(unary_receiver(vm, args, kw, "__abs__")?))
}

fn int_invert_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(int_invert(unary_receiver(vm, args, kw, "__invert__")?))
}

fn int_bool(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        !unary_receiver(vm, args, kw, "__bool__")?.is_zero(),
    ))
}

fn int_int(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(unary_receiver(vm, args, kw, "__int__")?.to_value())
}

fn int_index(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(unary_receiver(vm, args, kw, "__index__")?.to_value())
}

fn int_float(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let i = unary_receiver(vm, args, kw, "__float__")?;
    Ok(Value::Float(int_to_f64(vm, i)?))
}

fn int_hash(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        match unary_receiver(vm, args, kw, "__hash__")? {
            IntRef::Small(s) => crate::hash::hash_i64(s),
            IntRef::Big(b) => crate::hash::hash_bigint(b),
        },
    ))
}

fn int_repr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let i = unary_receiver(vm, args, kw, "__repr__")?;
    if let Value::Bool(b) = args[0] {
        return Ok(Value::str(if b { "True" } else { "False" }));
    }
    Ok(Value::str(int_text(vm, i)?))
}

/// `int.__format__(spec)`.
fn int_format_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = method_receiver(vm, args, "int", "__format__", is_int)?.clone();
    let spec = format_spec_arg(vm, args, kw, "int")?;
    if spec.is_empty() {
        return vm.to_str_value(&recv);
    }
    let i = int_ref(&recv).unwrap_or(IntRef::Small(0));
    let type_name = vm.type_name(&recv);
    let parsed =
        locus_format::parse_format_spec(&spec, &type_name).map_err(|e| format_error(vm, e))?;
    let r = match i {
        IntRef::Small(s) => locus_format::format_i64(s, &parsed, &type_name),
        IntRef::Big(b) => locus_format::format_int(b, &parsed, &type_name),
    };
    r.map(Value::str).map_err(|e| format_error(vm, e))
}

/// The single str argument of a `__format__` method.
pub(crate) fn format_spec_arg(
    vm: &Vm,
    args: &[Value],
    kw: &KwArgs,
    owner: &str,
) -> PyResult<String> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.__format__() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{owner}.__format__() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    match args[1].as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

/// The optional `ndigits` argument of `__round__` (`None` when absent or None).
pub(crate) fn round_ndigits<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &KwArgs,
    owner: &str,
) -> PyResult<Option<&'a Value>> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.__round__() takes no keyword arguments")));
    }
    match args.len() {
        1 => Ok(None),
        2 if args[1].is_none() => Ok(None),
        2 => Ok(Some(&args[1])),
        n => Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            n - 1
        ))),
    }
}

/// `int.__round__(ndigits=None)`: half-to-even at a negative digit position.
fn int_round(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = method_receiver(vm, args, "int", "__round__", is_int)?;
    let nd = round_ndigits(vm, args, kw, "int")?.cloned();
    let x = int_ref(recv).map(IntRef::to_value).unwrap_or(Value::Int(0));
    let Some(nd) = nd else { return Ok(x) };
    let nd = vm.index_value(&nd)?;
    let nd = match int_ref(&nd) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(b)) if b.is_negative() => i64::MIN,
        _ => return Ok(x),
    };
    if nd >= 0 {
        return Ok(x);
    }
    let big = int_ref(&x).map(IntRef::to_bigint).unwrap_or_default();
    Ok(Value::from_bigint(locus_format::round_int(&big, nd)))
}

/// A method returning the exact int value of the receiver.
fn int_identity_method(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<Value> {
    let recv = noargs(vm, args, kw, "int", name, is_int)?;
    Ok(int_ref(recv).map(IntRef::to_value).unwrap_or(Value::Int(0)))
}

fn int_trunc(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_identity_method(vm, args, kw, "__trunc__")
}

fn int_floor(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_identity_method(vm, args, kw, "__floor__")
}

fn int_ceil(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_identity_method(vm, args, kw, "__ceil__")
}

fn int_conjugate(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_identity_method(vm, args, kw, "conjugate")
}

fn int_getnewargs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let v = int_identity_method(vm, args, kw, "__getnewargs__")?;
    Ok(Value::Obj(PyObject::new_tuple(vec![v])))
}

fn int_bit_length(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = noargs(vm, args, kw, "int", "bit_length", is_int)?;
    let n = match int_ref(recv) {
        Some(IntRef::Small(s)) => u64::from(64 - s.unsigned_abs().leading_zeros()),
        Some(IntRef::Big(b)) => b.bits(),
        None => 0,
    };
    Ok(Value::from(n as usize))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = noargs(vm, args, kw, "int", "bit_count", is_int)?;
    let n = match int_ref(recv) {
        Some(IntRef::Small(s)) => u64::from(s.unsigned_abs().count_ones()),
        Some(IntRef::Big(b)) => b.magnitude().count_ones(),
        None => 0,
    };
    Ok(Value::from(n as usize))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let v = int_identity_method(vm, args, kw, "as_integer_ratio")?;
    Ok(Value::Obj(PyObject::new_tuple(vec![v, Value::Int(1)])))
}

fn int_is_integer(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    noargs(vm, args, kw, "int", "is_integer", is_int)?;
    Ok(Value::Bool(true))
}

/// `int.__new__` (so that `super().__new__(cls, x)` works in subclasses).
fn int_new_static(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_new(vm, args, kw)
}

/// Reads the `byteorder` argument of `to_bytes`/`from_bytes`: true for big-endian.
fn byteorder_arg(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    match v.as_str() {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = method_receiver(vm, args, "int", "to_bytes", is_int)?;
    let value = int_ref(recv).map(IntRef::to_bigint).unwrap_or_default();
    let a = bind_args(
        vm,
        "to_bytes",
        &args[1..],
        kw,
        &["length", "byteorder", "signed"],
        2,
        0,
    )?;
    let length = match &a[0] {
        Some(l) => vm.index_value(l)?,
        None => Value::Int(1),
    };
    let length = match int_ref(&length) {
        Some(i) if i.big().is_negative() => {
            return Err(vm.value_error("length argument must be non-negative"))
        }
        Some(i) => i.to_i64().and_then(|n| usize::try_from(n).ok()),
        None => None,
    };
    let big_endian = byteorder_arg(vm, "to_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let bytes = int_bytes(vm, &value, length, signed)?;
    let bytes = if big_endian {
        bytes.into_iter().rev().collect()
    } else {
        bytes
    };
    Ok(Value::Obj(PyObject::new(Payload::Bytes(
        bytes.into_boxed_slice(),
    ))))
}

/// The little-endian bytes of `value` in exactly `length` bytes.
fn int_bytes(vm: &Vm, value: &BigInt, length: Option<usize>, signed: bool) -> PyResult<Vec<u8>> {
    if !signed && value.is_negative() {
        return Err(vm.error("OverflowError", "can't convert negative int to unsigned"));
    }
    let too_big = || vm.error("OverflowError", "int too big to convert");
    let mut bytes = if value.is_zero() {
        Vec::new()
    } else if signed {
        value.to_signed_bytes_le()
    } else {
        value.magnitude().to_bytes_le()
    };
    let length = length.ok_or_else(too_big)?;
    if bytes.len() > length {
        // to_signed_bytes_le never has redundant sign bytes, so it is too big.
        return Err(too_big());
    }
    if length > (MAX_RESULT_BITS / 8) as usize {
        return Err(memory_error(vm));
    }
    let pad = if value.is_negative() { 0xff } else { 0 };
    bytes.resize(length, pad);
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first().cloned() else {
        return Err(vm.type_error("from_bytes() needs a class"));
    };
    let a = bind_args(
        vm,
        "from_bytes",
        &args[1..],
        kw,
        &["bytes", "byteorder", "signed"],
        2,
        1,
    )?;
    let data = match &a[0] {
        Some(v) => bytes_arg(vm, v)?,
        None => Vec::new(),
    };
    let big_endian = byteorder_arg(vm, "from_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let le: Vec<u8> = if big_endian {
        data.into_iter().rev().collect()
    } else {
        data
    };
    let value = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    };
    let v = Value::from_bigint(value);
    if matches!(&cls, Value::Obj(o) if GilRc::ptr_eq(o, &types().int)) {
        return Ok(v);
    }
    vm.call(&cls, &[v], &[])
}

/// The bytes of a bytes-like object or of an iterable of ints in range(256).
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => return Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => return Ok(b.borrow().clone()),
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("cannot convert 'str' object to bytes"));
        }
        _ => {}
    }
    let items = vm.collect(v).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(v)
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let i = vm.index_value(it)?;
        match int_ref(&i)
            .and_then(IntRef::to_i64)
            .and_then(|n| u8::try_from(n).ok())
        {
            Some(b) => out.push(b),
            None => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// Methods of `int` (inherited by `bool`).
pub const METHODS: &[MethodDef] = &[
    staticmethod("__new__", int_new_static),
    method("__add__", int_add),
    method("__radd__", int_radd),
    method("__sub__", int_sub),
    method("__rsub__", int_rsub),
    method("__mul__", int_mul),
    method("__rmul__", int_rmul),
    method("__truediv__", int_truediv),
    method("__rtruediv__", int_rtruediv),
    method("__floordiv__", int_floordiv),
    method("__rfloordiv__", int_rfloordiv),
    method("__mod__", int_mod),
    method("__rmod__", int_rmod),
    method("__divmod__", int_divmod),
    method("__rdivmod__", int_rdivmod),
    method("__pow__", int_pow_m),
    method("__rpow__", int_rpow),
    method("__and__", int_and),
    method("__rand__", int_rand),
    method("__or__", int_or),
    method("__ror__", int_ror),
    method("__xor__", int_xor),
    method("__rxor__", int_rxor),
    method("__lshift__", int_lshift_m),
    method("__rlshift__", int_rlshift),
    method("__rshift__", int_rshift_m),
    method("__rrshift__", int_rrshift),
    method("__neg__", int_neg_m),
    method("__pos__", int_pos),
    method("__abs__", int_abs_m),
    method("__invert__", int_invert_m),
    method("__eq__", int_eq),
    method("__ne__", int_ne),
    method("__lt__", int_lt),
    method("__le__", int_le),
    method("__gt__", int_gt),
    method("__ge__", int_ge),
    method("__hash__", int_hash),
    method("__bool__", int_bool),
    method("__int__", int_int),
    method("__float__", int_float),
    method("__index__", int_index),
    method("__repr__", int_repr),
    method("__format__", int_format_m),
    method("__round__", int_round),
    method("__trunc__", int_trunc),
    method("__floor__", int_floor),
    method("__ceil__", int_ceil),
    method("__getnewargs__", int_getnewargs),
    method("bit_length", int_bit_length),
    method("bit_count", int_bit_count),
    method("to_bytes", int_to_bytes),
    typeobj::classmethod("from_bytes", int_from_bytes),
    method("conjugate", int_conjugate),
    method("as_integer_ratio", int_as_integer_ratio),
    method("is_integer", int_is_integer),
];

#[cfg(test)]
mod tests;
