//! The `math` module.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::Payload;
use crate::types::object::ns_set;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

type A<'a> = &'a [Value];
type K<'a> = &'a [(Value, Value)];

/// A real number argument as f64, with CPython's conversion errors.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => b
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| vm.error("OverflowError", "int too large to convert to float")),
            _ => match vm.call_special(v, &crate::names::names().__float__, &[])? {
                Some(Value::Float(f)) => Ok(f),
                _ => match vm.call_special(v, &crate::names::names().__index__, &[])? {
                    Some(i) => to_f64(vm, &i),
                    None => {
                        Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
                    }
                },
            },
        },
        _ => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

fn to_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match vm.index_value(v)? {
        Value::Int(i) => Ok(BigInt::from(i)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Ok(b.clone()),
            _ => Ok(BigInt::zero()),
        },
        _ => Ok(BigInt::zero()),
    }
}

fn one_arg<'a>(vm: &Vm, a: A<'a>, name: &str) -> PyResult<&'a Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    Ok(&a[0])
}

fn domain(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn checked(vm: &Vm, x: f64, input_finite: bool) -> PyResult<Value> {
    if x.is_nan() && input_finite {
        return Err(domain(vm));
    }
    if x.is_infinite() && input_finite {
        return Err(vm.error("OverflowError", "math range error"));
    }
    Ok(Value::Float(x))
}

macro_rules! unary_float {
    ($name:ident, $pyname:expr, $f:expr) => {
        fn $name(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
            let x = to_f64(vm, one_arg(vm, a, $pyname)?)?;
            let r: f64 = $f(x);
            checked(vm, r, x.is_finite())
        }
    };
}

unary_float!(m_exp, "exp", f64::exp);
unary_float!(m_sin, "sin", f64::sin);
unary_float!(m_cos, "cos", f64::cos);
unary_float!(m_tan, "tan", f64::tan);
unary_float!(m_asin, "asin", f64::asin);
unary_float!(m_acos, "acos", f64::acos);
unary_float!(m_atan, "atan", f64::atan);
unary_float!(m_sinh, "sinh", f64::sinh);
unary_float!(m_cosh, "cosh", f64::cosh);
unary_float!(m_tanh, "tanh", f64::tanh);
unary_float!(m_fabs, "fabs", f64::abs);
unary_float!(m_degrees, "degrees", f64::to_degrees);
unary_float!(m_radians, "radians", f64::to_radians);
unary_float!(m_expm1, "expm1", f64::exp_m1);
unary_float!(m_log1p, "log1p", |x: f64| if x <= -1.0 {
    f64::NAN
} else {
    x.ln_1p()
});

fn m_sqrt(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, a, "sqrt")?)?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.sqrt()))
}

fn log_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(Payload::BigInt(b)) = v.payload() {
        if b.is_positive() {
            let bits = b.bits();
            let shift = bits.saturating_sub(60);
            let top = (b >> shift).to_f64().unwrap_or(1.0);
            return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
        }
        return Err(domain(vm));
    }
    let x = to_f64(vm, v)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(x.ln())
}

fn m_log(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(format!("log expected 1 or 2 arguments, got {}", a.len())));
    }
    let n = log_of(vm, &a[0])?;
    if a.len() == 2 {
        let d = log_of(vm, &a[1])?;
        if d == 0.0 {
            return Err(vm.error("ZeroDivisionError", "float division by zero"));
        }
        return Ok(Value::Float(n / d));
    }
    Ok(Value::Float(n))
}

fn m_log2(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = one_arg(vm, a, "log2")?.clone();
    let x = to_f64(vm, &v)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.log2()))
}

fn m_log10(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = one_arg(vm, a, "log10")?.clone();
    let x = to_f64(vm, &v)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.log10()))
}

fn round_to_int(vm: &mut Vm, v: &Value, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    match v {
        Value::Int(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => return Ok(v.clone()),
        Value::Obj(o) if o.class.is_some() => {
            let dunder = crate::intern::intern(&format!("__{name}__"));
            if let Some(r) = vm.call_special(v, &dunder, &[])? {
                return Ok(r);
            }
        }
        _ => {}
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.error("OverflowError", "cannot convert float infinity to integer"));
    }
    let r = f(x);
    if r.abs() < 9.0e18 {
        Ok(Value::Int(r as i64))
    } else {
        Ok(Value::from_bigint(num_bigint::BigInt::from(r as i128)))
    }
}

fn m_floor(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = one_arg(vm, a, "floor")?.clone();
    round_to_int(vm, &v, "floor", f64::floor)
}

fn m_ceil(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = one_arg(vm, a, "ceil")?.clone();
    round_to_int(vm, &v, "ceil", f64::ceil)
}

fn m_trunc(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = one_arg(vm, a, "trunc")?.clone();
    round_to_int(vm, &v, "trunc", f64::trunc)
}

fn pred(vm: &mut Vm, a: A, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let v = one_arg(vm, a, name)?.clone();
    let x = to_f64(vm, &v)?;
    Ok(Value::Bool(f(x)))
}

fn m_isnan(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    pred(vm, a, "isnan", f64::is_nan)
}

fn m_isinf(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    pred(vm, a, "isinf", f64::is_infinite)
}

fn m_isfinite(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    pred(vm, a, "isfinite", f64::is_finite)
}

fn m_gcd(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    use num_integer::Integer;
    let mut g = BigInt::zero();
    for v in a {
        let b = to_big(vm, v)?;
        g = g.gcd(&b);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    use num_integer::Integer;
    let mut l = BigInt::one();
    for v in a {
        let b = to_big(vm, v)?;
        if b.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&b);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn m_factorial(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = one_arg(vm, a, "factorial")?.clone();
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = to_big(vm, &v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        vm.error(
            "OverflowError",
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(Value::from_bigint(r))
}

fn m_isqrt(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = one_arg(vm, a, "isqrt")?.clone();
    let n = to_big(vm, &v)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn m_pow(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("pow expected 2 arguments, got {}", a.len())));
    }
    let (x, y) = (to_f64(vm, &a[0])?, to_f64(vm, &a[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    checked(vm, x.powf(y), x.is_finite() && y.is_finite())
}

fn two_floats(vm: &mut Vm, a: A, name: &str) -> PyResult<(f64, f64)> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.len())));
    }
    Ok((to_f64(vm, &a[0])?, to_f64(vm, &a[1])?))
}

fn m_atan2(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let (y, x) = two_floats(vm, a, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_copysign(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a, "fmod")?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}

/// The Euclidean norm of `vec`, accurate to within an ulp: the values are
/// scaled by a power of two, squared and summed exactly in double-length
/// arithmetic, and the square root gets one differential correction.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // Subnormal inputs: make them normal first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -i64::from(max_e));
    let mut csum = 1.0f64;
    let (mut frac1, mut frac2) = (0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = two_product(x, x);
        let (s_hi, s_lo) = fast_two_sum(csum, hi);
        csum = s_hi;
        frac1 += lo;
        frac2 += s_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = two_product(-h, h);
    let (s_hi, s_lo) = fast_two_sum(csum, hi);
    csum = s_hi;
    frac1 += lo;
    frac2 += s_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `a * b` as an exact sum `hi + lo`.
fn two_product(a: f64, b: f64) -> (f64, f64) {
    let hi = a * b;
    (hi, a.mul_add(b, -hi))
}

/// `a + b` as an exact sum `hi + lo`, for `|a| >= |b|`.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// Mantissa in `[0.5, 1)` and exponent with `x == m * 2**e` (C's `frexp`).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `x * 2**n` with a single rounding (C's `ldexp`/`scalbn`).
pub fn ldexp(x: f64, n: i64) -> f64 {
    let p2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    let mut y = x;
    let mut n = n.clamp(-10_000, 10_000);
    if n > 1023 {
        y *= p2(1023);
        n -= 1023;
        if n > 1023 {
            y *= p2(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Scale by 2**-1022 * 2**53 so that the final step rounds once.
        y *= p2(-1022) * p2(53);
        n += 1022 - 53;
        if n < -1022 {
            y *= p2(-1022) * p2(53);
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * p2(n)
}

fn m_hypot(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let mut vec = Vec::with_capacity(a.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(Value::Float(vector_norm(&mut vec, max, found_nan)))
}

fn m_dist(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("dist expected 2 arguments, got {}", a.len())));
    }
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut vec = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (x, y) in p.iter().zip(q.iter()) {
        let d = (to_f64(vm, x)? - to_f64(vm, y)?).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        vec.push(d);
    }
    Ok(Value::Float(vector_norm(&mut vec, max, found_nan)))
}

fn m_frexp(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = one_arg(vm, a, "frexp")?.clone();
    let (m, e) = frexp(to_f64(vm, &v)?);
    Ok(Value::Obj(crate::object::PyObject::new_tuple(vec![
        Value::Float(m),
        Value::Int(e as i64),
    ])))
}

fn m_ldexp(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("ldexp expected 2 arguments, got {}", a.len())));
    }
    let x = to_f64(vm, &a[0])?;
    if matches!(a[1], Value::Float(_)) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let n = match vm.index_value(&a[1])? {
        Value::Int(i) => i,
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) if b.is_negative() => i64::MIN,
            _ => i64::MAX,
        },
        _ => 0,
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = ldexp(x, n);
    if r.is_infinite() {
        return Err(vm.error("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

/// Exactly rounded sum (Shewchuk's algorithm on a list of partials).
fn m_fsum(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = one_arg(vm, a, "fsum")?.clone();
    let items = vm.collect(&v)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for it in &items {
        let mut x = to_f64(vm, it)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if special.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_isclose(vm: &mut Vm, a: A, k: K) -> PyResult<Value> {
    use crate::function::KwArgsExt;
    let (x, y) = two_floats(vm, a, "isclose")?;
    let rel = match k.get_kw("rel_tol") {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match k.get_kw("abs_tol") {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs_tol,
    ))
}

fn m_prod(vm: &mut Vm, a: A, k: K) -> PyResult<Value> {
    use crate::function::KwArgsExt;
    let v = one_arg(vm, a, "prod")?.clone();
    let mut acc = k.get_kw("start").unwrap_or(Value::Int(1));
    let it = vm.iter(&v)?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(locus_bytecode::BinOp::Mul, &acc, &x)?;
    }
    Ok(acc)
}

fn m_comb(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("comb expected 2 arguments, got {}", a.len())));
    }
    let (n, r) = (to_big(vm, &a[0])?, to_big(vm, &a[1])?);
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if r.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if r > n {
        return Ok(Value::Int(0));
    }
    let r = std::cmp::min(r.clone(), &n - &r).to_u64().unwrap_or(0);
    let mut acc = BigInt::one();
    for i in 0..r {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(acc))
}

fn m_perm(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(format!(
            "perm expected at most 2 arguments, got {}",
            a.len()
        )));
    }
    let n = to_big(vm, &a[0])?;
    let r = if a.len() == 2 && !a[1].is_none() {
        to_big(vm, &a[1])?
    } else {
        n.clone()
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if r.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if r > n {
        return Ok(Value::Int(0));
    }
    let r = r.to_u64().unwrap_or(0);
    let mut acc = BigInt::one();
    for i in 0..r {
        acc *= &n - i;
    }
    Ok(Value::from_bigint(acc))
}

fn m_modf(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = one_arg(vm, a, "modf")?.clone();
    let x = to_f64(vm, &v)?;
    let i = x.trunc();
    let f = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x - i
    };
    Ok(Value::Obj(crate::object::PyObject::new_tuple(vec![
        Value::Float(f),
        Value::Float(i),
    ])))
}

/// Fills the `math` module namespace.
pub fn fill(_vm: &mut Vm, ns: &ObjRef) {
    let set = |n: &str, v: Value| ns_set(ns, crate::intern::intern(n), v);
    set("pi", Value::Float(std::f64::consts::PI));
    set("e", Value::Float(std::f64::consts::E));
    set("tau", Value::Float(std::f64::consts::TAU));
    set("inf", Value::Float(f64::INFINITY));
    set("nan", Value::Float(f64::NAN));
    super::add_functions(
        ns,
        &[
            ("sqrt", m_sqrt),
            ("exp", m_exp),
            ("expm1", m_expm1),
            ("log", m_log),
            ("log2", m_log2),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
            ("fabs", m_fabs),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("isnan", m_isnan),
            ("isinf", m_isinf),
            ("isfinite", m_isfinite),
            ("gcd", m_gcd),
            ("lcm", m_lcm),
            ("factorial", m_factorial),
            ("isqrt", m_isqrt),
            ("pow", m_pow),
            ("copysign", m_copysign),
            ("fmod", m_fmod),
            ("hypot", m_hypot),
            ("dist", m_dist),
            ("fsum", m_fsum),
            ("isclose", m_isclose),
            ("prod", m_prod),
            ("comb", m_comb),
            ("perm", m_perm),
            ("modf", m_modf),
            ("frexp", m_frexp),
            ("ldexp", m_ldexp),
        ],
    );
}
