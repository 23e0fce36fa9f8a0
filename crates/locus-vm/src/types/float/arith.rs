//! The operators with a float or complex operand: dispatch of the binary
//! operators on any mix of int, float and complex operands (the complex
//! operations themselves are in `complex.rs`), float arithmetic with
//! CPython's errors, `divmod` and powers, and the unary operators.

use super::*;
use locus_bytecode::UnaryOp;

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
pub(super) fn float_binop(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
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
pub(super) fn float_divmod(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
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
pub(super) enum PowResult {
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
pub(super) fn float_pow_value(x: f64, y: f64) -> PowResult {
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
