//! Exact comparisons of numbers: int with int, and int with float by value
//! (however large the int or fractional the float).

use super::*;

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
pub(super) fn cmp_ints(x: IntRef<'_>, y: IntRef<'_>) -> Ordering {
    match (x, y) {
        (IntRef::Small(a), IntRef::Small(b)) => a.cmp(&b),
        _ => x.big().as_ref().cmp(y.big().as_ref()),
    }
}
