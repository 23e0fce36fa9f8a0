//! Int arithmetic: the binary operators (machine ints first, big ints when
//! needed), correctly rounded true division, powers (modular too), shifts,
//! and the unary operators.

use super::*;
use locus_bytecode::UnaryOp;

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
pub(super) fn small_binop(op: BinOp, a: i64, b: i64) -> Option<Value> {
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
pub(super) fn int_from_i128(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(BigInt::from(v)),
    }
}

/// Floor division (`y != 0`).
pub(super) fn floor_div_i128(x: i128, y: i128) -> i128 {
    let q = x / y;
    if x % y != 0 && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// Python's `%` (result has the divisor's sign; `y != 0`).
pub(super) fn floor_mod_i128(x: i128, y: i128) -> i128 {
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

pub(super) fn zero_division(vm: &Vm, msg: &str) -> PyErr {
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
pub(super) fn round_to_ulp(q: u64, inexact: bool, shift: i64) -> u64 {
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
pub(super) fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
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

pub(super) fn int_neg(x: IntRef<'_>) -> Value {
    match x {
        IntRef::Small(i) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-BigInt::from(i)),
        },
        IntRef::Big(b) => Value::from_bigint(-b),
    }
}

pub(super) fn int_invert(x: IntRef<'_>) -> Value {
    match x {
        IntRef::Small(i) => Value::Int(!i),
        IntRef::Big(b) => Value::from_bigint(!b),
    }
}

pub(super) fn int_abs(x: IntRef<'_>) -> Value {
    match x {
        IntRef::Small(i) if i != i64::MIN => Value::Int(i.abs()),
        _ => Value::from_bigint(x.to_bigint().abs()),
    }
}
