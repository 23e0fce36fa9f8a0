//! `complex`: construction (`complex(real, imag)`, `__complex__`, parsing
//! `complex(str)`), complex arithmetic (products, Smith's division, powers,
//! `abs`), the Python-visible methods and the method table.

use super::*;
use crate::types::int::unexpected_keyword;

// ---------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------

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
pub(super) fn is_c_space(c: char) -> bool {
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

/// Complex arithmetic; `None` never (the caller filtered the operators).
pub(super) fn complex_binop(
    vm: &mut Vm,
    op: BinOp,
    a: (f64, f64),
    b: (f64, f64),
) -> PyResult<Value> {
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
pub(super) fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
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
pub(super) fn complex_pow(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
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
pub(super) fn c_powu(x: (f64, f64), n: u64) -> (f64, f64) {
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
pub(super) fn c_pow_polar(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
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

// ---------------------------------------------------------------------
// Methods
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
    method("__getnewargs__", crate::types::reduce::complex_getnewargs),
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
