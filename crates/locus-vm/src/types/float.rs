//! `float` and `complex`: construction, arithmetic (including the mixed
//! int/float/complex cases), formatting, attributes and methods.
//!
//! Exact floats are immediates (`Value::Float`); instances of float
//! subclasses are heap `Payload::Float` objects (always with a class), so
//! the VM's fast paths, which only look at immediates, never see them: the
//! protocols reach them through `float`'s special methods, which accept both
//! forms ([`float_value`]). Complex numbers (and instances of complex
//! subclasses) are heap `Payload::Complex(re, im)` objects.

use crate::gil_rc::GilRc;

use locus_bytecode::{BinOp, CmpOp, UnaryOp};
use num_bigint::BigInt;
use num_traits::{One, Zero};

use crate::names::names;
use crate::object::{Payload, PyObject};
use crate::typeobj::{self, method, staticmethod, types, MethodDef};
use crate::types::int::{
    cmp_intref_float, ctor_class, float_to_int_value, format_error, format_spec_arg, int_ref,
    int_to_f64, ldexp, method_receiver, noargs, not_implemented, ordering_satisfies, round_ndigits,
    ternary_args, text_of, unexpected_keyword, wrapper_args, IntRef,
};
use crate::value::Value;
use crate::vm::{float_floordiv, float_mod, KwArgs, PyErr, PyResult, Vm};

// ---------------------------------------------------------------------
// Operands
// ---------------------------------------------------------------------

/// A numeric operand of float/complex arithmetic.
#[derive(Clone, Copy, Debug)]
enum Operand<'a> {
    /// An int or bool (converted to float when used).
    Int(IntRef<'a>),
    /// A float.
    Float(f64),
    /// A complex number.
    Complex(f64, f64),
}

/// The numeric operand in `v` (ints, floats and complex numbers, including
/// int subclass instances).
fn operand(v: &Value) -> Option<Operand<'_>> {
    match v {
        Value::Float(f) => Some(Operand::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(Operand::Float(*f)),
            Payload::Complex(re, im) => Some(Operand::Complex(*re, *im)),
            _ => int_ref(v).map(Operand::Int),
        },
        _ => int_ref(v).map(Operand::Int),
    }
}

impl Operand<'_> {
    /// The operand as a float (ints are converted with overflow checking);
    /// `None` for complex operands.
    fn to_f64(self, vm: &Vm) -> PyResult<Option<f64>> {
        Ok(match self {
            Operand::Int(i) => Some(int_to_f64(vm, i)?),
            Operand::Float(f) => Some(f),
            Operand::Complex(..) => None,
        })
    }

    /// The operand as a complex number.
    fn to_complex(self, vm: &Vm) -> PyResult<(f64, f64)> {
        Ok(match self {
            Operand::Int(i) => (int_to_f64(vm, i)?, 0.0),
            Operand::Float(f) => (f, 0.0),
            Operand::Complex(re, im) => (re, im),
        })
    }
}

/// A new complex value.
pub(crate) fn complex_value(re: f64, im: f64) -> Value {
    Value::Obj(PyObject::new(Payload::Complex(re, im)))
}

/// The parts of a complex value.
fn complex_parts(v: &Value) -> Option<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex(re, im)) => Some((*re, *im)),
        _ => None,
    }
}

/// The float in `v`: an exact float or an instance of a float subclass.
pub(crate) fn float_value(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a float (exact or of a subclass).
fn is_float(v: &Value) -> bool {
    float_value(v).is_some()
}

fn is_complex(v: &Value) -> bool {
    complex_parts(v).is_some()
}

fn zero_division(vm: &Vm, msg: &str) -> PyErr {
    vm.error("ZeroDivisionError", msg)
}

// ---------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------

/// `float(x=0.0, /)` (`args[0]` is the class).
pub fn float_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = ctor_class(vm, args, &types().float, "float")?;
    if !kw.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let x = match args.len() {
        1 => 0.0,
        2 => number_to_float(vm, &args[1])?,
        n => return Err(vm.type_error(format!("float expected at most 1 argument, got {}", n - 1))),
    };
    if GilRc::ptr_eq(&cls, &types().float) {
        Ok(Value::Float(x))
    } else {
        // A subclass instance: the value is computed as for `float(x)`.
        Ok(Value::Obj(PyObject::with_class(cls, Payload::Float(x))))
    }
}

/// `float(x)`: floats, ints, `__float__`, `__index__`, str and bytes.
pub(crate) fn number_to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    let user = matches!(x, Value::Obj(o) if o.class.is_some());
    if !user {
        if let Value::Float(f) = x {
            return Ok(*f);
        }
        if let Some(i) = int_ref(x) {
            return int_to_f64(vm, i);
        }
    }
    if let Some(f) = float_via_dunders(vm, x)? {
        return Ok(f);
    }
    if let Some(t) = text_of(x) {
        return match t.as_text().and_then(locus_format::parse_float) {
            Some(f) => Ok(f),
            None => Err(vm.value_error(format!("could not convert string to float: {}", t.repr()))),
        };
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// `x.__float__()` or, failing that, `x.__index__()` as a float; `None`
/// when `x` has neither.
fn float_via_dunders(vm: &mut Vm, x: &Value) -> PyResult<Option<f64>> {
    let n = names();
    if let Some(r) = vm.call_special(x, &n.__float__, &[])? {
        return match r {
            Value::Float(f) => Ok(Some(f)),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&r)
            ))),
        };
    }
    if vm.lookup_special(x, &n.__index__).is_some() {
        let i = vm.index_value(x)?;
        let f = match int_ref(&i) {
            Some(i) => int_to_f64(vm, i)?,
            None => 0.0,
        };
        return Ok(Some(f));
    }
    Ok(None)
}

/// `complex(real=0, imag=0)` (`args[0]` is the class).
pub fn complex_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = ctor_class(vm, args, &types().complex, "complex")?;
    let v = complex_compute(vm, &args[1..], kw)?;
    if GilRc::ptr_eq(&cls, &types().complex) {
        return Ok(v);
    }
    // A subclass instance holds the value computed as for `complex(...)`.
    let (re, im) = complex_parts(&v).unwrap_or((0.0, 0.0));
    Ok(Value::Obj(PyObject::with_class(
        cls,
        Payload::Complex(re, im),
    )))
}

/// The value of `complex(*args, **kw)` as an exact complex.
fn complex_compute(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (real, imag) = complex_args(vm, args, kw)?;
    let Some(real) = real else {
        return match imag {
            None => Ok(complex_value(0.0, 0.0)),
            Some(i) => complex_from_parts(vm, &Value::Int(0), Some(&i)),
        };
    };
    if let Some(s) = real.as_str() {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(s) {
            Some((re, im)) => Ok(complex_value(re, im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if imag.is_none() && is_complex(&real) && !matches!(&real, Value::Obj(o) if o.class.is_some()) {
        return Ok(real);
    }
    complex_from_parts(vm, &real, imag.as_ref())
}

/// Binds `complex()`'s `real` and `imag` arguments.
fn complex_args(vm: &Vm, pos: &[Value], kw: &KwArgs) -> PyResult<(Option<Value>, Option<Value>)> {
    let total = pos.len() + kw.len();
    if total > 2 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({total} given)"
        )));
    }
    let mut out = [pos.first().cloned(), pos.get(1).cloned()];
    for (k, v) in kw {
        let name = k.as_str().unwrap_or("");
        let idx = match name {
            "real" => 0,
            "imag" => 1,
            _ => return Err(unexpected_keyword(vm, "complex", name, &["real", "imag"])),
        };
        if out[idx].is_some() {
            return Err(vm.type_error(format!(
                "argument for complex() given by name ('{name}') and position ({})",
                idx + 1
            )));
        }
        out[idx] = Some(v.clone());
    }
    let [r, i] = out;
    Ok((r, i))
}

/// `complex(real, imag)` for non-string arguments.
fn complex_from_parts(vm: &mut Vm, real: &Value, imag: Option<&Value>) -> PyResult<Value> {
    let Some((mut re, r_im, r_complex)) = complex_arg(vm, real)? else {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(real)
        )));
    };
    let mut im = if r_complex { r_im } else { 0.0 };
    if let Some(iv) = imag {
        if iv.as_str().is_some() {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
        let Some((i_re, i_im, i_complex)) = complex_arg(vm, iv)? else {
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                vm.type_name(iv)
            )));
        };
        if i_complex {
            re -= i_im;
        }
        im = if r_complex { r_im + i_re } else { i_re };
    }
    Ok(complex_value(re, im))
}

/// A `complex()` argument as `(re, im, is_complex)`; `None` if not a number.
fn complex_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<(f64, f64, bool)>> {
    if let Some((re, im)) = complex_parts(v) {
        if !matches!(v, Value::Obj(o) if o.class.is_some()) {
            return Ok(Some((re, im, true)));
        }
    }
    if let Some(r) = vm.call_special(v, &crate::intern::intern("__complex__"), &[])? {
        return match complex_parts(&r) {
            Some((re, im)) => Ok(Some((re, im, true))),
            None => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if let Some((re, im)) = complex_parts(v) {
        return Ok(Some((re, im, true)));
    }
    let user = matches!(v, Value::Obj(o) if o.class.is_some());
    if !user {
        if let Value::Float(f) = v {
            return Ok(Some((*f, 0.0, false)));
        }
        if let Some(i) = int_ref(v) {
            return Ok(Some((int_to_f64(vm, i)?, 0.0, false)));
        }
    }
    Ok(float_via_dunders(vm, v)?.map(|f| (f, 0.0, false)))
}

/// Parses `complex(s)`: `1`, `2j`, `1+2j`, `-j`, `(1-2.5e3j)`, `nan+infj`,
/// with optional surrounding whitespace and parentheses.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let ascii = complex_ascii(s)?;
    let t = ascii.trim_matches(is_c_space);
    let t = match t.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim_matches(is_c_space),
        None => t,
    };
    let b = t.as_bytes();
    let is_j = |i: usize| matches!(b.get(i), Some(b'j' | b'J'));
    let Some(end) = scan_float(b, 0) else {
        // Only `j`, `+j` or `-j` remain possible.
        let (sign, i) = match b.first() {
            Some(b'-') => (-1.0, 1),
            Some(b'+') => (1.0, 1),
            _ => (1.0, 0),
        };
        return (is_j(i) && i + 1 == b.len()).then_some((0.0, sign));
    };
    let first = locus_format::parse_float(&t[..end])?;
    if end == b.len() {
        return Some((first, 0.0));
    }
    if is_j(end) && end + 1 == b.len() {
        return Some((0.0, first));
    }
    let sign = match b.get(end) {
        Some(b'+') => 1.0,
        Some(b'-') => -1.0,
        _ => return None,
    };
    match scan_float(b, end) {
        Some(end2) => {
            let second = locus_format::parse_float(&t[end..end2])?;
            (is_j(end2) && end2 + 1 == b.len()).then_some((first, second))
        }
        None => (is_j(end + 1) && end + 2 == b.len()).then_some((first, sign)),
    }
}

/// ASCII whitespace as C's `isspace` sees it.
fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// Maps non-ASCII whitespace to spaces and non-ASCII decimal digits to
/// ASCII digits; `None` if any other non-ASCII character occurs.
fn complex_ascii(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if locus_format::is_python_space(c) {
            out.push(' ');
        } else {
            let d = locus_format::decimal_value(c)?;
            out.push(char::from_digit(d, 10)?);
        }
    }
    Some(out)
}

/// The end of a float literal (with optional sign, `inf`/`infinity`/`nan`,
/// underscores) starting at `start`; `None` if none starts there. The text
/// is validated afterwards by `locus_format::parse_float`.
fn scan_float(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    if matches!(b.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    let rest = &b[i.min(b.len())..];
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word) {
            return Some(i + word.len());
        }
    }
    let digit_or_us = |c: Option<&u8>| matches!(c, Some(c) if c.is_ascii_digit() || *c == b'_');
    let mut j = i;
    let mut digits = 0;
    while digit_or_us(b.get(j)) {
        digits += usize::from(b[j].is_ascii_digit());
        j += 1;
    }
    if b.get(j) == Some(&b'.') {
        j += 1;
        while digit_or_us(b.get(j)) {
            digits += usize::from(b[j].is_ascii_digit());
            j += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if matches!(b.get(j), Some(b'e' | b'E')) {
        let mut k = j + 1;
        if matches!(b.get(k), Some(b'+' | b'-')) {
            k += 1;
        }
        if b.get(k).is_some_and(u8::is_ascii_digit) {
            while digit_or_us(b.get(k)) {
                k += 1;
            }
            j = k;
        }
    }
    Some(j)
}

// ---------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------

/// `a op b` when at least one operand is a float or complex number and the
/// other is a number; `None` otherwise (and for unsupported operators such
/// as `complex // x`, so that the caller raises the usual `TypeError`).
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        return Ok(None);
    };
    operand_binop(vm, op, x, y)
}

/// Arithmetic on two numeric operands, one of which is a float or complex.
fn operand_binop(
    vm: &mut Vm,
    op: BinOp,
    x: Operand<'_>,
    y: Operand<'_>,
) -> PyResult<Option<Value>> {
    match (x, y) {
        (Operand::Int(_), Operand::Int(_)) => Ok(None),
        (Operand::Complex(..), _) | (_, Operand::Complex(..)) => {
            if !matches!(
                op,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
            ) {
                return Ok(None);
            }
            let (p, q) = (x.to_complex(vm)?, y.to_complex(vm)?);
            complex_binop(vm, op, p, q).map(Some)
        }
        _ => {
            if !matches!(
                op,
                BinOp::Add
                    | BinOp::Sub
                    | BinOp::Mul
                    | BinOp::TrueDiv
                    | BinOp::FloorDiv
                    | BinOp::Mod
                    | BinOp::Pow
            ) {
                return Ok(None);
            }
            let (Some(p), Some(q)) = (x.to_f64(vm)?, y.to_f64(vm)?) else {
                return Ok(None);
            };
            float_binop(vm, op, p, q)
        }
    }
}

/// Float arithmetic with CPython's errors; `None` for operators floats lack.
fn float_binop(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division(vm, "float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division(vm, "float floor division by zero"));
            }
            float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division(vm, "float modulo by zero"));
            }
            float_mod(x, y)
        }
        BinOp::Pow => return float_pow(vm, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

/// `divmod(x, y)` for floats.
fn float_divmod(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Err(zero_division(vm, "float divmod()"));
    }
    let pair = vec![
        Value::Float(float_floordiv(x, y)),
        Value::Float(float_mod(x, y)),
    ];
    Ok(Value::Obj(PyObject::new_tuple(pair)))
}

/// Whether `y` is an odd integer.
fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && y.fract() == 0.0 && (y % 2.0).abs() == 1.0
}

/// `x ** y` for floats with CPython's special cases and errors: a negative
/// base with a fractional exponent gives a complex result, `0.0 ** -1`
/// raises `ZeroDivisionError`, overflow raises
/// `OverflowError: (34, 'Numerical result out of range')`.
pub(crate) fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    match float_pow_value(x, y) {
        PowResult::Float(f) => Ok(Value::Float(f)),
        PowResult::ZeroNegative => Err(zero_division(
            vm,
            "0.0 cannot be raised to a negative power",
        )),
        PowResult::Overflow => {
            let args = vec![Value::Int(34), Value::str("Numerical result out of range")];
            Err(vm.new_exception(crate::builtin_types::exc("OverflowError"), args))
        }
        PowResult::Complex => {
            let (re, im) = complex_pow(vm, (x, 0.0), (y, 0.0))?;
            Ok(complex_value(re, im))
        }
    }
}

/// The outcome of a float power.
#[derive(Debug, PartialEq)]
enum PowResult {
    /// A float result.
    Float(f64),
    /// `0.0 ** negative`.
    ZeroNegative,
    /// The result overflows.
    Overflow,
    /// Negative base, fractional exponent: compute in complex.
    Complex,
}

/// The pure part of [`float_pow`].
fn float_pow_value(x: f64, y: f64) -> PowResult {
    use PowResult::Float as F;
    if y == 0.0 {
        return F(1.0);
    }
    if x.is_nan() {
        return F(x);
    }
    if y.is_nan() {
        return F(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return F(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let odd = is_odd_integer(y);
    if x.is_infinite() {
        let mag = if y > 0.0 { f64::INFINITY } else { 0.0 };
        return F(if odd { mag.copysign(x) } else { mag });
    }
    if x == 0.0 {
        if y < 0.0 {
            return PowResult::ZeroNegative;
        }
        return F(if odd { x } else { 0.0 });
    }
    if x < 0.0 && y.fract() != 0.0 {
        return PowResult::Complex;
    }
    let r = x.abs().powf(y);
    let r = if x < 0.0 && odd { -r } else { r };
    if r.is_infinite() {
        PowResult::Overflow
    } else {
        F(r)
    }
}

/// Complex arithmetic; `None` never (the caller filtered the operators).
fn complex_binop(vm: &mut Vm, op: BinOp, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Sub => (a.0 - b.0, a.1 - b.1),
        BinOp::Mul => c_prod(a, b),
        BinOp::TrueDiv => {
            c_quot(a, b).ok_or_else(|| zero_division(vm, "complex division by zero"))?
        }
        _ => complex_pow(vm, a, b)?,
    };
    Ok(complex_value(r.0, r.1))
}

/// Complex product.
fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex quotient by Smith's method; `None` when dividing by zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one part is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` for complex numbers: repeated squaring for small integral
/// exponents, polar form otherwise.
fn complex_pow(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let zero_err = || zero_division(vm, "0.0 to a negative or complex power");
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            c_powu(a, n.unsigned_abs())
        } else {
            c_quot((1.0, 0.0), c_powu(a, n.unsigned_abs())).ok_or_else(zero_err)?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_err());
        }
        (0.0, 0.0)
    } else {
        match c_pow_polar(a, b) {
            Some(r) => r,
            // CPython reports the libm domain error (cos/sin of an infinite
            // phase) as this ZeroDivisionError.
            None => return Err(zero_err()),
        }
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(vm.error("OverflowError", "complex exponentiation"));
    }
    Ok(r)
}

/// `x ** n` by binary exponentiation.
fn c_powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `a ** b` through polar coordinates (`a != 0`); `None` when the phase
/// is infinite (a domain error of `cos`/`sin`).
fn c_pow_polar(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len *= (-at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    if phase.is_infinite() {
        return None;
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `abs(complex)` with CPython's overflow error.
fn complex_abs(vm: &Vm, re: f64, im: f64) -> PyResult<f64> {
    if re.is_infinite() || im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(vm.error("OverflowError", "absolute value too large"));
    }
    Ok(r)
}

/// `-x`, `+x` for floats and complex numbers; `None` for anything else.
pub fn unary(_vm: &mut Vm, op: UnaryOp, a: &Value) -> PyResult<Option<Value>> {
    if let Value::Float(f) = a {
        return Ok(match op {
            UnaryOp::Negative => Some(Value::Float(-f)),
            UnaryOp::Positive => Some(Value::Float(*f)),
            UnaryOp::Not => Some(Value::Bool(*f == 0.0)),
            UnaryOp::Invert => None,
        });
    }
    let Some((re, im)) = complex_parts(a) else {
        return Ok(None);
    };
    Ok(match op {
        UnaryOp::Negative => Some(complex_value(-re, -im)),
        UnaryOp::Positive => Some(complex_value(re, im)),
        UnaryOp::Not => Some(Value::Bool(re == 0.0 && im == 0.0)),
        UnaryOp::Invert => None,
    })
}

// ---------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------

/// `repr(complex)` exactly as CPython: `(1+2j)`, `1j`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    locus_format::complex_repr(re, im)
}

/// `format(v, spec)` for a float or complex number (an empty spec gives `str(v)`).
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return vm.to_str(v);
    }
    let type_name = vm.type_name(v);
    let parsed =
        locus_format::parse_format_spec(spec, &type_name).map_err(|e| format_error(vm, e))?;
    let r = match float_value(v) {
        Some(f) => locus_format::format_float(f, &parsed, &type_name),
        None => match complex_parts(v) {
            Some((re, im)) => locus_format::format_complex(re, im, &parsed, &type_name),
            None => return vm.to_str(v),
        },
    };
    r.map_err(|e| format_error(vm, e))
}

/// `float.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", exp - 1023)
    }
}

/// Why [`parse_hex_float`] failed.
#[derive(Debug, PartialEq, Eq)]
pub enum HexFloatError {
    /// Not a hexadecimal float literal.
    Invalid,
    /// The value is too large for a float.
    Overflow,
}

/// `float.fromhex(s)`: `[sign] ['0x'] hex [. hex] ['p' [sign] decimal]` or
/// `inf`/`infinity`/`nan`, with surrounding whitespace; correctly rounded.
pub fn parse_hex_float(s: &str) -> Result<f64, HexFloatError> {
    let t = s.trim_matches(is_c_space);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if negative { -v } else { v };
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if body.eq_ignore_ascii_case("nan") {
        return Ok(f64::NAN);
    }
    let b = body.as_bytes();
    let mut i = if b.len() >= 2 && b[0] == b'0' && (b[1] | 0x20) == b'x' {
        2
    } else {
        0
    };
    let int_start = i;
    while b.get(i).is_some_and(u8::is_ascii_hexdigit) {
        i += 1;
    }
    let int_digits = &body[int_start..i];
    let mut frac_digits = "";
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_hexdigit) {
            i += 1;
        }
        frac_digits = &body[start..i];
    }
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(HexFloatError::Invalid);
    }
    let mut exp: i64 = 0;
    if matches!(b.get(i), Some(b'p' | b'P')) {
        i += 1;
        let neg_exp = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while let Some(d) = b.get(i).filter(|c| c.is_ascii_digit()) {
            exp = exp
                .saturating_mul(10)
                .saturating_add(i64::from(d - b'0'))
                .min(1 << 50);
            i += 1;
        }
        if i == start {
            return Err(HexFloatError::Invalid);
        }
        if neg_exp {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(HexFloatError::Invalid);
    }
    let digits = format!("{int_digits}{frac_digits}");
    let mantissa = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    let scale = exp.saturating_sub(4i64.saturating_mul(frac_digits.len() as i64));
    let v = scale_binary(&mantissa, scale).ok_or(HexFloatError::Overflow)?;
    Ok(signed(v))
}

/// `m * 2**e` correctly rounded (half to even) to a float; `None` on
/// overflow. `m >= 0`.
fn scale_binary(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i128;
    let top = bits + i128::from(e);
    if top > 1024 {
        return None;
    }
    if top < -1074 {
        return Some(0.0);
    }
    let ulp_exp = top.max(-1021) - 53;
    if i128::from(e) >= ulp_exp {
        let f = num_traits::ToPrimitive::to_f64(m)?;
        return Some(ldexp(f, e)).filter(|v| v.is_finite());
    }
    let drop = (ulp_exp - i128::from(e)) as u64;
    let q: BigInt = m >> drop;
    let rem: BigInt = m - (&q << drop);
    let half = BigInt::one() << (drop - 1);
    let mut q = num_traits::ToPrimitive::to_u64(&q)?;
    if rem > half || (rem == half && q & 1 == 1) {
        q += 1;
    }
    let v = ldexp(q as f64, ulp_exp as i64);
    v.is_finite().then_some(v)
}

/// `float.as_integer_ratio()` as big ints.
fn float_ratio(vm: &Vm, x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.error("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += i64::from(tz);
    let m = if x < 0.0 {
        -BigInt::from(m)
    } else {
        BigInt::from(m)
    };
    Ok(if e >= 0 {
        (m << e as u64, BigInt::one())
    } else {
        (m, BigInt::one() << (-e) as u64)
    })
}

// ---------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------

/// `real` and `imag` of floats and complex numbers.
pub fn getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(f) = float_value(obj) {
        return Ok(match name {
            "real" => Some(Value::Float(f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        });
    }
    let Some((re, im)) = complex_parts(obj) else {
        return Ok(None);
    };
    Ok(match name {
        "real" => Some(Value::Float(re)),
        "imag" => Some(Value::Float(im)),
        _ => None,
    })
}

// ---------------------------------------------------------------------
// float methods
// ---------------------------------------------------------------------

/// The float value of a (checked) receiver.
fn float_of(v: &Value) -> f64 {
    float_value(v).unwrap_or(0.0)
}

/// The other operand of a float dunder as a float; `None` for
/// `NotImplemented` (complex and non-numbers).
fn float_other(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    match operand(v) {
        Some(Operand::Float(f)) => Ok(Some(f)),
        Some(Operand::Int(i)) => int_to_f64(vm, i).map(Some),
        _ => Ok(None),
    }
}

/// A binary slot wrapper of `float`.
fn float_binary_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "float", name, 1, is_float)?;
    let x = float_of(&args[0]);
    let Some(y) = float_other(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    let (a, b) = if reflected { (y, x) } else { (x, y) };
    Ok(float_binop(vm, op, a, b)?.unwrap_or_else(not_implemented))
}

macro_rules! binary_methods {
    ($impl:ident: $(($f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                $impl(vm, args, kw, $name, BinOp::$op, false)
            }
            fn $rf(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                $impl(vm, args, kw, $rname, BinOp::$op, true)
            }
        )*
    };
}

binary_methods!(float_binary_method:
    (float_add, float_radd, "__add__", "__radd__", Add),
    (float_sub, float_rsub, "__sub__", "__rsub__", Sub),
    (float_mul, float_rmul, "__mul__", "__rmul__", Mul),
    (float_truediv, float_rtruediv, "__truediv__", "__rtruediv__", TrueDiv),
    (float_floordiv_m, float_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDiv),
    (float_mod_m, float_rmod, "__mod__", "__rmod__", Mod),
);

/// `float.__pow__`/`__rpow__`: a modulus is an error.
fn float_pow_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let args = ternary_args(vm, args, kw, "float", name, is_float)?;
    let x = float_of(&args[0]);
    let Some(y) = float_other(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    if args.get(2).is_some_and(|m| !m.is_none()) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (a, b) = if reflected { (y, x) } else { (x, y) };
    float_pow(vm, a, b)
}

fn float_pow_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_pow_method(vm, args, kw, "__pow__", false)
}

fn float_rpow(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_pow_method(vm, args, kw, "__rpow__", true)
}

fn float_divmod_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "float", name, 1, is_float)?;
    let x = float_of(&args[0]);
    let Some(y) = float_other(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    let (a, b) = if reflected { (y, x) } else { (x, y) };
    float_divmod(vm, a, b)
}

fn float_divmod_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_divmod_method(vm, args, kw, "__divmod__", false)
}

fn float_rdivmod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_divmod_method(vm, args, kw, "__rdivmod__", true)
}

/// A rich-comparison slot wrapper of `float` (exact against ints).
fn float_compare_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    op: CmpOp,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "float", name, 1, is_float)?;
    let x = float_of(&args[0]);
    let ord = match operand(&args[1]) {
        Some(Operand::Float(y)) => x.partial_cmp(&y),
        Some(Operand::Int(i)) => cmp_intref_float(i, x).map(std::cmp::Ordering::reverse),
        _ => return Ok(not_implemented()),
    };
    Ok(Value::Bool(ordering_satisfies(ord, op)))
}

macro_rules! compare_methods {
    ($impl:ident: $(($f:ident, $name:literal, $op:ident)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                $impl(vm, args, kw, $name, CmpOp::$op)
            }
        )*
    };
}

compare_methods!(float_compare_method:
    (float_eq, "__eq__", Eq),
    (float_ne, "__ne__", Ne),
    (float_lt, "__lt__", Lt),
    (float_le, "__le__", Le),
    (float_gt, "__gt__", Gt),
    (float_ge, "__ge__", Ge),
);

/// The receiver of a zero-argument slot wrapper of `float`.
fn float_unary_receiver(vm: &Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<f64> {
    let args = wrapper_args(vm, args, kw, "float", name, 0, is_float)?;
    Ok(float_of(&args[0]))
}

fn float_neg(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(-float_unary_receiver(
        vm, args, kw, "__neg__",
    )?))
}

fn float_pos(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_unary_receiver(vm, args, kw, "__pos__")?))
}

fn float_abs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(
        float_unary_receiver(vm, args, kw, "__abs__")?.abs(),
    ))
}

fn float_bool(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        float_unary_receiver(vm, args, kw, "__bool__")? != 0.0,
    ))
}

fn float_int(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_unary_receiver(vm, args, kw, "__int__")?;
    float_to_int_value(vm, x)
}

fn float_float(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_unary_receiver(
        vm,
        args,
        kw,
        "__float__",
    )?))
}

fn float_hash(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_unary_receiver(vm, args, kw, "__hash__")?;
    let h = crate::hash::hash_f64(x).unwrap_or((args[0].identity() >> 4) as i64);
    Ok(Value::Int(h))
}

fn float_repr_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_unary_receiver(vm, args, kw, "__repr__")?;
    Ok(Value::str(locus_format::float_repr(x)))
}

fn float_format_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = method_receiver(vm, args, "float", "__format__", is_float)?.clone();
    let spec = format_spec_arg(vm, args, kw, "float")?;
    format(vm, &recv, &spec).map(Value::str)
}

/// `float.__round__(ndigits=None)`: an int without `ndigits`, else a
/// correctly rounded float.
fn float_round(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_of(method_receiver(vm, args, "float", "__round__", is_float)?);
    let Some(nd) = round_ndigits(vm, args, kw, "float")?.cloned() else {
        return locus_format::round_float_to_int(x)
            .map(Value::from_bigint)
            .map_err(|e| format_error(vm, e));
    };
    let nd = vm.index_value(&nd)?;
    let nd = match int_ref(&nd) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(b)) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        _ => i64::MAX,
    };
    locus_format::try_round_float(x, nd)
        .map(Value::Float)
        .map_err(|e| format_error(vm, e))
}

/// A rounding method returning an int (`__trunc__`, `__floor__`, `__ceil__`).
fn float_to_int_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = float_of(noargs(vm, args, kw, "float", name, is_float)?);
    float_to_int_value(vm, f(x))
}

fn float_trunc(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_to_int_method(vm, args, kw, "__trunc__", f64::trunc)
}

fn float_floor(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_to_int_method(vm, args, kw, "__floor__", f64::floor)
}

fn float_ceil(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_to_int_method(vm, args, kw, "__ceil__", f64::ceil)
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_of(noargs(vm, args, kw, "float", "is_integer", is_float)?);
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_of(noargs(vm, args, kw, "float", "as_integer_ratio", is_float)?);
    let (n, d) = float_ratio(vm, x)?;
    Ok(Value::Obj(PyObject::new_tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ])))
}

fn float_conjugate(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_of(noargs(
        vm,
        args,
        kw,
        "float",
        "conjugate",
        is_float,
    )?)))
}

fn float_hex_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_of(noargs(vm, args, kw, "float", "hex", is_float)?);
    Ok(Value::str(float_hex(x)))
}

fn float_getnewargs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_of(noargs(vm, args, kw, "float", "__getnewargs__", is_float)?);
    Ok(Value::Obj(PyObject::new_tuple(vec![Value::Float(x)])))
}

/// `float.fromhex(s)` (a classmethod).
fn float_fromhex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("float.fromhex() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Some(s) = args[1].as_str() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let v = match parse_hex_float(s) {
        Ok(v) => Value::Float(v),
        Err(HexFloatError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexFloatError::Overflow) => {
            return Err(vm.error(
                "OverflowError",
                "hexadecimal value too large to represent as a float",
            ))
        }
    };
    match &args[0] {
        Value::Obj(o) if GilRc::ptr_eq(o, &types().float) => Ok(v),
        cls => vm.call(cls, &[v], &[]),
    }
}

/// `float.__new__` (so that `float.__new__(float, x)` works).
fn float_new_static(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_new(vm, args, kw)
}

/// Methods of `float`.
pub const METHODS: &[MethodDef] = &[
    staticmethod("__new__", float_new_static),
    method("__add__", float_add),
    method("__radd__", float_radd),
    method("__sub__", float_sub),
    method("__rsub__", float_rsub),
    method("__mul__", float_mul),
    method("__rmul__", float_rmul),
    method("__truediv__", float_truediv),
    method("__rtruediv__", float_rtruediv),
    method("__floordiv__", float_floordiv_m),
    method("__rfloordiv__", float_rfloordiv),
    method("__mod__", float_mod_m),
    method("__rmod__", float_rmod),
    method("__divmod__", float_divmod_m),
    method("__rdivmod__", float_rdivmod),
    method("__pow__", float_pow_m),
    method("__rpow__", float_rpow),
    method("__neg__", float_neg),
    method("__pos__", float_pos),
    method("__abs__", float_abs),
    method("__eq__", float_eq),
    method("__ne__", float_ne),
    method("__lt__", float_lt),
    method("__le__", float_le),
    method("__gt__", float_gt),
    method("__ge__", float_ge),
    method("__hash__", float_hash),
    method("__bool__", float_bool),
    method("__int__", float_int),
    method("__float__", float_float),
    method("__repr__", float_repr_m),
    method("__format__", float_format_m),
    method("__round__", float_round),
    method("__trunc__", float_trunc),
    method("__floor__", float_floor),
    method("__ceil__", float_ceil),
    method("__getnewargs__", float_getnewargs),
    method("is_integer", float_is_integer),
    method("as_integer_ratio", float_as_integer_ratio),
    method("conjugate", float_conjugate),
    method("hex", float_hex_m),
    typeobj::classmethod("fromhex", float_fromhex),
];

// ---------------------------------------------------------------------
// complex methods
// ---------------------------------------------------------------------

/// The parts of a (checked) complex receiver.
fn complex_of(v: &Value) -> (f64, f64) {
    complex_parts(v).unwrap_or((0.0, 0.0))
}

/// The other operand of a complex dunder; `None` for `NotImplemented`.
fn complex_other(vm: &Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    match operand(v) {
        Some(o) => o.to_complex(vm).map(Some),
        None => Ok(None),
    }
}

/// A binary slot wrapper of `complex`.
fn complex_binary_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "complex", name, 1, is_complex)?;
    let x = complex_of(&args[0]);
    let Some(y) = complex_other(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    let (a, b) = if reflected { (y, x) } else { (x, y) };
    complex_binop(vm, op, a, b)
}

binary_methods!(complex_binary_method:
    (complex_add, complex_radd, "__add__", "__radd__", Add),
    (complex_sub, complex_rsub, "__sub__", "__rsub__", Sub),
    (complex_mul, complex_rmul, "__mul__", "__rmul__", Mul),
    (complex_truediv, complex_rtruediv, "__truediv__", "__rtruediv__", TrueDiv),
);

/// `complex.__pow__`/`__rpow__`: a modulus is an error.
fn complex_pow_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let args = ternary_args(vm, args, kw, "complex", name, is_complex)?;
    let x = complex_of(&args[0]);
    let Some(y) = complex_other(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    if args.get(2).is_some_and(|m| !m.is_none()) {
        return Err(vm.value_error("complex modulo"));
    }
    let (a, b) = if reflected { (y, x) } else { (x, y) };
    let (re, im) = complex_pow(vm, a, b)?;
    Ok(complex_value(re, im))
}

fn complex_pow_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    complex_pow_method(vm, args, kw, "__pow__", false)
}

fn complex_rpow(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    complex_pow_method(vm, args, kw, "__rpow__", true)
}

/// Equality of a complex number with any value; `None` for `NotImplemented`.
fn complex_equals(x: (f64, f64), other: &Value) -> Option<bool> {
    match operand(other)? {
        Operand::Complex(re, im) => Some(x.0 == re && x.1 == im),
        Operand::Float(f) => Some(x.1 == 0.0 && x.0 == f),
        Operand::Int(i) => {
            Some(x.1 == 0.0 && cmp_intref_float(i, x.0) == Some(std::cmp::Ordering::Equal))
        }
    }
}

fn complex_eq_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    want: bool,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "complex", name, 1, is_complex)?;
    Ok(match complex_equals(complex_of(&args[0]), &args[1]) {
        Some(eq) => Value::Bool(eq == want),
        None => not_implemented(),
    })
}

fn complex_eq(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    complex_eq_method(vm, args, kw, "__eq__", true)
}

fn complex_ne(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    complex_eq_method(vm, args, kw, "__ne__", false)
}

/// The receiver of a zero-argument slot wrapper of `complex`.
fn complex_unary_receiver(
    vm: &Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
) -> PyResult<(f64, f64)> {
    let args = wrapper_args(vm, args, kw, "complex", name, 0, is_complex)?;
    Ok(complex_of(&args[0]))
}

fn complex_neg(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = complex_unary_receiver(vm, args, kw, "__neg__")?;
    Ok(complex_value(-re, -im))
}

fn complex_pos(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = complex_unary_receiver(vm, args, kw, "__pos__")?;
    Ok(complex_value(re, im))
}

fn complex_abs_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = complex_unary_receiver(vm, args, kw, "__abs__")?;
    complex_abs(vm, re, im).map(Value::Float)
}

fn complex_bool(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = complex_unary_receiver(vm, args, kw, "__bool__")?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

/// `hash(complex)`: `hash(re) + 1000003 * hash(im)` (NaN parts hash by identity).
fn complex_hash(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = complex_unary_receiver(vm, args, kw, "__hash__")?;
    let ident = (args[0].identity() >> 4) as i64;
    let hr = crate::hash::hash_f64(re).unwrap_or(ident);
    let hi = crate::hash::hash_f64(im).unwrap_or(ident);
    let h = hr.wrapping_add(hi.wrapping_mul(1000003));
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn complex_repr_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = complex_unary_receiver(vm, args, kw, "__repr__")?;
    Ok(Value::str(complex_repr(re, im)))
}

fn complex_format_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = method_receiver(vm, args, "complex", "__format__", is_complex)?.clone();
    let spec = format_spec_arg(vm, args, kw, "complex")?;
    format(vm, &recv, &spec).map(Value::str)
}

fn complex_conjugate(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = complex_of(noargs(vm, args, kw, "complex", "conjugate", is_complex)?);
    Ok(complex_value(re, -im))
}

fn complex_complex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = complex_of(noargs(vm, args, kw, "complex", "__complex__", is_complex)?);
    Ok(complex_value(re, im))
}

fn complex_getnewargs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = complex_of(noargs(
        vm,
        args,
        kw,
        "complex",
        "__getnewargs__",
        is_complex,
    )?);
    Ok(Value::Obj(PyObject::new_tuple(vec![
        Value::Float(re),
        Value::Float(im),
    ])))
}

/// `complex.__new__`.
fn complex_new_static(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    complex_new(vm, args, kw)
}

/// Methods of `complex`.
pub const COMPLEX_METHODS: &[MethodDef] = &[
    staticmethod("__new__", complex_new_static),
    method("__add__", complex_add),
    method("__radd__", complex_radd),
    method("__sub__", complex_sub),
    method("__rsub__", complex_rsub),
    method("__mul__", complex_mul),
    method("__rmul__", complex_rmul),
    method("__truediv__", complex_truediv),
    method("__rtruediv__", complex_rtruediv),
    method("__pow__", complex_pow_m),
    method("__rpow__", complex_rpow),
    method("__neg__", complex_neg),
    method("__pos__", complex_pos),
    method("__abs__", complex_abs_m),
    method("__bool__", complex_bool),
    method("__eq__", complex_eq),
    method("__ne__", complex_ne),
    method("__hash__", complex_hash),
    method("__repr__", complex_repr_m),
    method("__format__", complex_format_m),
    method("__complex__", complex_complex),
    method("__getnewargs__", complex_getnewargs),
    method("conjugate", complex_conjugate),
];

#[cfg(test)]
mod tests;
